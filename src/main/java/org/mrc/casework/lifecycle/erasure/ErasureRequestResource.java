package org.mrc.casework.lifecycle.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.security.Roles;

@Path("/erasure-requests")
@Tag(name = "Data lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ErasureRequestResource {

    private final ErasureService service;

    public ErasureRequestResource(ErasureService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getErasureRequest", summary = "Read an erasure request and its decision")
    @APIResponse(
            responseCode = "200",
            description = "The request",
            content = @Content(schema = @Schema(implementation = ErasureRequestView.class)))
    public ErasureRequestView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
