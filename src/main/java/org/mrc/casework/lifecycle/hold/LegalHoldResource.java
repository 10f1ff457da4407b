package org.mrc.casework.lifecycle.hold;

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
import java.util.List;
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

@Path("/clients/{clientId}/legal-holds")
@Tag(name = "Data lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class LegalHoldResource {

    private final LegalHoldService service;

    public LegalHoldResource(LegalHoldService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "placeLegalHold",
            summary = "Place a client, and everything linked to them, on legal hold",
            description = "While the hold lasts, an erasure request is refused (LEGAL_HOLD) and the retention job"
                    + " skips the client.")
    @APIResponse(
            responseCode = "201",
            description = "The hold was placed",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = LegalHoldView.class)))
    public RestResponse<LegalHoldView> place(
            @PathParam("clientId") UUID clientId,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid PlaceLegalHold request,
            UriInfo uri) {
        return Responses.created(uri, service.place(clientId, request, idempotencyKey.key()));
    }

    @GET
    @Path("/{holdId}")
    @Operation(operationId = "getLegalHold", summary = "Read a legal hold")
    @APIResponse(
            responseCode = "200",
            description = "The hold",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = LegalHoldView.class)))
    public RestResponse<LegalHoldView> get(@PathParam("clientId") UUID clientId, @PathParam("holdId") UUID holdId) {
        return Responses.withEtag(service.get(clientId, holdId));
    }

    @GET
    @Operation(operationId = "listLegalHolds", summary = "The legal holds placed on a client, oldest first")
    public List<LegalHoldView> list(@PathParam("clientId") UUID clientId) {
        return service.list(clientId);
    }

    @POST
    @Path("/{holdId}/release")
    @Operation(operationId = "releaseLegalHold", summary = "Release a legal hold before its end date")
    @APIResponse(
            responseCode = "200",
            description = "The released hold",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = LegalHoldView.class)))
    public RestResponse<LegalHoldView> release(
            @PathParam("clientId") UUID clientId, @PathParam("holdId") UUID holdId, @BeanParam IfMatchParam ifMatch) {
        return Responses.withEtag(service.release(clientId, holdId, ifMatch.version()));
    }
}
