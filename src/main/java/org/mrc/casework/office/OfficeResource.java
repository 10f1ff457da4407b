package org.mrc.casework.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/offices")
@Tag(name = "Offices", description = "The centre / municipal desk hierarchy that scopes every case record")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    private final OfficeService service;

    public OfficeResource(OfficeService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openOffice", summary = "Open an office, optionally below an existing one")
    @APIResponse(
            responseCode = "201",
            description = "The office was opened",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> open(
            @Parameter(description = "Makes retries safe: the same key and body return the first response")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            @NotNull @Valid OfficeRequests.OpenOffice request,
            UriInfo uri) {
        Idempotency.Outcome<OfficeView> outcome = service.open(request, idempotencyKey);
        return Responses.created(uri, outcome);
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listOffices", summary = "List offices in code order")
    public Page<OfficeView> list(
            @Parameter(description = "Only offices directly below this one (office id)") @QueryParam("parentId")
                    String parentId,
            @Parameter(description = "Only active (true) or inactive (false) offices") @QueryParam("active")
                    String active,
            @Valid @BeanParam PageParams page) {
        return service.list(Params.uuid("parentId", parentId), Params.bool("active", active), page.request());
    }

    @GET
    @Path("/tree")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOfficeTree", summary = "The whole office network as a tree")
    public List<OfficeTreeNode> tree() {
        return service.tree();
    }

    @GET
    @Path("/in-my-scope")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
    @Operation(
            operationId = "listOfficesInMyScope",
            summary = "The offices the caller acts within: their own, and for coordinators all below it")
    public List<OfficeView> inMyScope() {
        return service.inCallerScope();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOffice", summary = "Read one office")
    @APIResponse(
            responseCode = "200",
            description = "The office",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @POST
    @Path("/{id}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "renameOffice", summary = "Rename an office")
    @APIResponse(
            responseCode = "200",
            description = "The renamed office",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> rename(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @NotNull @Valid OfficeRequests.RenameOffice request) {
        return Responses.withEtag(service.rename(id, IfMatch.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/territory-side")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "setOfficeTerritorySide",
            summary = "Record which side of the migration journey an office serves")
    @APIResponse(
            responseCode = "200",
            description = "The office with its territory side",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> setTerritorySide(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @NotNull @Valid OfficeRequests.SetTerritorySide request) {
        return Responses.withEtag(service.setTerritorySide(id, IfMatch.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "moveOffice", summary = "Place an office below another one (or make it a root)")
    @APIResponse(
            responseCode = "200",
            description = "The moved office",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> move(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @NotNull @Valid OfficeRequests.MoveOffice request) {
        return Responses.withEtag(service.move(id, IfMatch.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateOffice", summary = "Deactivate an office that has no active offices below it")
    @APIResponse(
            responseCode = "200",
            description = "The deactivated office",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> deactivate(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        return Responses.withEtag(service.deactivate(id, IfMatch.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reactivateOffice", summary = "Reactivate an office below an active parent")
    @APIResponse(
            responseCode = "200",
            description = "The reactivated office",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfficeView.class)))
    public RestResponse<OfficeView> reactivate(
            @PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        return Responses.withEtag(service.reactivate(id, IfMatch.expectedVersion(ifMatch)));
    }
}
