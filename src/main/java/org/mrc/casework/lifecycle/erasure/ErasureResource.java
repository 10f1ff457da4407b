package org.mrc.casework.lifecycle.erasure;

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
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;

@Path("/clients/{clientId}/erasure-requests")
@Tag(name = "Data lifecycle", description = "Erasure on request, legal holds, retention, subject access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ErasureResource {

    private final ErasureService service;

    public ErasureResource(ErasureService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestClientErasure",
            summary = "Record a person's erasure request; it is decided and, unless refused, executed at once",
            description = "Refused (status REFUSED with refusalReason) under a legal hold or while a referral to a"
                    + " protection service is open. Executed: every personal value of the person is removed from"
                    + " every table, open referrals are cancelled with SUBJECT_ERASURE and partners see the referrals"
                    + " as erased; the client record becomes a tombstone that answers 410 client-erased.")
    @APIResponse(
            responseCode = "201",
            description = "The request was recorded and decided",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ErasureRequestView.class)))
    public RestResponse<ErasureRequestView> request(
            @PathParam("clientId") UUID clientId,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid RequestErasure request,
            UriInfo uri) {
        Idempotency.Outcome<ErasureRequestView> outcome = service.request(clientId, request, idempotencyKey.key());
        return Responses.created(
                uri.getBaseUriBuilder()
                        .path("erasure-requests")
                        .path(outcome.view().id().toString())
                        .build(),
                outcome);
    }
}
