package org.mrc.casework.client.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/clients/{id}/merges")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientMergeResource {

    private final ClientMergeService merges;

    public ClientMergeResource(ClientMergeService merges) {
        this.merges = merges;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "mergeClients",
            summary = "Merge a duplicate record into this client (coordinators; undoable)",
            description = "The duplicate keeps its row and points to this client; its episodes, diplomas, skills,"
                    + " languages (unless this client already records the language) and employment move here. Both"
                    + " records must be in the caller's scope and at most one may have an open episode.")
    @APIResponse(
            responseCode = "201",
            description = "The merge",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ClientMergeView.class)))
    public RestResponse<ClientMergeView> merge(
            @PathParam("id") UUID id, @NotNull @Valid MergeClients request, UriInfo uri) {
        ClientMergeView view = merges.merge(id, request);
        return RestResponse.ResponseBuilder.<ClientMergeView>created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
    @Operation(operationId = "listClientMerges", summary = "Merges this client took part in, newest first")
    public List<ClientMergeView> list(@PathParam("id") UUID id) {
        return merges.mergesOf(id);
    }

    @GET
    @Path("/{mergeId}")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
    @Operation(operationId = "getClientMerge", summary = "One merge this client took part in")
    public ClientMergeView get(@PathParam("id") UUID id, @PathParam("mergeId") UUID mergeId) {
        return merges.get(id, mergeId);
    }

    @POST
    @Path("/{mergeId}/undo")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "undoClientMerge",
            summary = "Undo a merge: exactly the rows it moved go back and the duplicate is a record of its own again")
    public ClientMergeView undo(@PathParam("id") UUID id, @PathParam("mergeId") UUID mergeId) {
        return merges.undo(mergeId, id);
    }
}
