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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/incoming-referrals")
@Tag(name = "Referrals", description = "Referrals of clients to partner organisations' offerings, and their answers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class OfficeReferralResource {

    private final OfficeReferralService service;

    public OfficeReferralResource(OfficeReferralService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listIncomingReferrals",
            summary = "Referrals sent to in-house offerings of the caller's offices, newest first")
    public Page<ReferralView> list(@QueryParam("status") ReferralStatus status, @Valid @BeanParam PageParams page) {
        return service.list(status, page.request());
    }

    @GET
    @Path("/{referralId}")
    @Operation(
            operationId = "getIncomingReferral",
            summary = "Read one referral sent to the caller's offices, with its status history")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> get(@PathParam("referralId") UUID referralId) {
        return Responses.withEtag(service.get(referralId));
    }

    @POST
    @Path("/{referralId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeIncomingReferralStatus",
            summary = "Answer a referral as the receiving office: receive, accept, reject, start, hold, complete, fail",
            description = "The same moves as a partner (409 transition-not-allowed lists the ones the office has)."
                    + " While the referral is open the office reads the client's S0 and S1 data without an access"
                    + " reason (S2 only with a REFERRAL_SHARING consent naming the office for LEGAL_AND_PROTECTION);"
                    + " the case stays with the referring office.")
    @APIResponse(
            responseCode = "200",
            description = "The referral after the move",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> changeStatus(
            @PathParam("referralId") UUID referralId,
            @BeanParam IfMatchParam ifMatch,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ReferralRequests.StatusChange change) {
        return Responses.ok(service.changeStatus(referralId, ifMatch.version(), change, idempotencyKey.key()));
    }
}
