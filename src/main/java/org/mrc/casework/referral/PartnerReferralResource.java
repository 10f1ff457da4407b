package org.mrc.casework.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/partner/referrals")
@Tag(name = "Partner referrals", description = "Referrals addressed to the calling partner organisation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class PartnerReferralResource {

    private final PartnerReferralService service;

    public PartnerReferralResource(PartnerReferralService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listPartnerReferrals",
            summary = "The referrals sent to the caller's organisation, in the order they last changed",
            description = "Follow nextCursor to the end, then keep the last cursor and poll with it: a referral that"
                    + " changes re-appears later with its new state, and none is ever skipped. Items carry no client"
                    + " data; read a referral for its client block.")
    public Page<PartnerReferralView> feed(
            @Parameter(description = "Only referrals changed at or after this instant (ISO-8601)")
                    @QueryParam("updatedSince")
                    String updatedSince,
            @Parameter(
                            description = "Only referrals now in this status (FHIR code)",
                            schema = @Schema(implementation = ReferralStatus.class))
                    @QueryParam("status")
                    String status,
            @Valid @BeanParam PageParams page) {
        return service.feed(Params.instant("updatedSince", updatedSince), status(status), page.request());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartnerReferral",
            summary = "Read a referral sent to the caller's organisation, with the consented client data (audited)",
            description = "The client is named by a pseudonymous clientRef; the client block holds only the shared"
                    + " categories the client consented to, S2 fields only where a consent names this organisation."
                    + " Closed referrals carry no client block.")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerReferralView.class)))
    public RestResponse<PartnerReferralView> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changePartnerReferralStatus",
            summary = "Answer a referral: received, accepted, rejected, in-progress, on-hold, completed, failed,"
                    + " cancelled",
            description = "A move the partner may not make is a 409 transition-not-allowed listing its moves."
                    + " Rejected, cancelled and failed need a reason (OTHER with reasonText); completed needs an"
                    + " outcome with result, date and note.")
    @APIResponse(
            responseCode = "200",
            description = "The referral after the move",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerReferralView.class)))
    public RestResponse<PartnerReferralView> changeStatus(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ReferralRequests.StatusChange change) {
        Idempotency.Outcome<PartnerReferralView> outcome =
                service.changeStatus(id, ifMatch.version(), change, idempotencyKey.key());
        return Responses.ok(outcome);
    }

    private static ReferralStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ReferralStatus.of(raw.trim());
        } catch (IllegalArgumentException e) {
            throw org.mrc.casework.shared.problem.ApiException.invalid(
                    org.mrc.casework.shared.problem.FieldError.query("status", "not a referral status code"));
        }
    }
}
