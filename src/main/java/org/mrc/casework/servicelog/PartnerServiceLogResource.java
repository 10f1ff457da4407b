package org.mrc.casework.servicelog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;

@Path("/partner/referrals/{id}/services")
@Tag(name = "Partner API")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerServiceLogResource {

    private final ServiceLogService service;

    public PartnerServiceLogResource(ServiceLogService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(
            operationId = "recordPartnerReferralService",
            summary = "Record a service delivered for a referral addressed to the caller's organisation",
            description = "Only once the referral is accepted (or later). The service type is the referral's and the"
                    + " provider the caller's organisation; a referral addressed to another organisation is 404.")
    @APIResponse(
            responseCode = "201",
            description = "The service was recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ServiceDeliveryView.class)))
    public RestResponse<ServiceDeliveryView> record(
            @PathParam("id") UUID referralId,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ServiceLogRequests.RecordReferralService request,
            UriInfo uri) {
        return Responses.created(uri, service.recordForReferral(referralId, request, idempotencyKey.key()));
    }
}
