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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.privacy.AccessReasonParam;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/clients/{id}/referrals")
@Tag(name = "Referrals", description = "Referrals of clients to partner organisations' offerings, and their answers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ReferralResource {

    private final ReferralService service;

    public ReferralResource(ReferralService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createReferral",
            summary = "Draft a referral of the client to a partner's offering (owning office staff)",
            description = "The referral starts as draft; it is sent to the partner by moving it to requested, which"
                    + " needs the client's current REFERRAL_SHARING consent for the partner (by id or type)"
                    + " covering every shared category. In-house offerings of an office are not referred.")
    @APIResponse(
            responseCode = "201",
            description = "The draft referral",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> create(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ReferralRequests.CreateReferral request,
            UriInfo uri) {
        return Responses.created(uri, service.create(id, request, idempotencyKey.key()));
    }

    @GET
    @Operation(operationId = "listReferrals", summary = "A client's referrals, newest first")
    public Page<ReferralView> list(
            @PathParam("id") UUID id, @BeanParam AccessReasonParam reason, @Valid @BeanParam PageParams page) {
        return service.list(id, reason.value(), page.request());
    }

    @GET
    @Path("/{referralId}")
    @Operation(operationId = "getReferral", summary = "Read one referral with its status history")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> get(
            @PathParam("id") UUID id, @PathParam("referralId") UUID referralId, @BeanParam AccessReasonParam reason) {
        return Responses.withEtag(service.get(referralId, id, reason.value()));
    }

    @POST
    @Path("/{referralId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeReferralStatus",
            summary = "Move a referral as the referring office: send (requested), cancel, or mark entered-in-error",
            description = "A move the referring office may not make is a 409 transition-not-allowed listing the"
                    + " moves it has. Rejected, cancelled and failed need a reason (OTHER with reasonText). Sending"
                    + " needs the client's consent (409 consent-required naming the missing categories).")
    @APIResponse(
            responseCode = "200",
            description = "The referral after the move",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public RestResponse<ReferralView> changeStatus(
            @PathParam("id") UUID id,
            @PathParam("referralId") UUID referralId,
            @BeanParam IfMatchParam ifMatch,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ReferralRequests.StatusChange change) {
        Idempotency.Outcome<ReferralView> outcome =
                service.changeStatus(referralId, id, ifMatch.version(), change, idempotencyKey.key());
        return Responses.ok(outcome);
    }
}
