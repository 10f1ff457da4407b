package org.mrc.casework.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/service-types")
@Tag(name = "Service catalogue", description = "The code list of service types offerings, referrals and logs name")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private final CatalogueService service;

    public CatalogueResource(CatalogueService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.PARTNER, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listServiceTypes", summary = "List service types in code order")
    public Page<ServiceTypeView> list(
            @Parameter(
                            description = "Only service types serving this phase",
                            schema = @Schema(implementation = ServicePhase.class))
                    @QueryParam("phase")
                    String phase,
            @Parameter(
                            description = "Only service types of this category",
                            schema = @Schema(implementation = ServiceCategory.class))
                    @QueryParam("category")
                    String category,
            @Parameter(
                            description =
                                    "Only service types offered on this side (BOTH matches ORIGIN and DESTINATION)",
                            schema = @Schema(implementation = TerritorySide.class))
                    @QueryParam("side")
                    String side,
            @Parameter(description = "Only active (true) or inactive (false) codes") @QueryParam("active")
                    String active,
            @Valid @BeanParam PageParams page) {
        return service.list(
                Params.enumValue("phase", phase, ServicePhase.class),
                Params.enumValue("category", category, ServiceCategory.class),
                Params.enumValue("side", side, TerritorySide.class),
                Params.bool("active", active),
                page.request());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.PARTNER, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getServiceType", summary = "Read one service type by its code")
    @APIResponse(
            responseCode = "200",
            description = "The service type",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceTypeView.class)))
    public RestResponse<ServiceTypeView> get(@PathParam("code") String code) {
        return Responses.withEtag(service.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addServiceType", summary = "Add a code to the service catalogue")
    @APIResponse(
            responseCode = "201",
            description = "The service type was added",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ServiceTypeView.class)))
    public RestResponse<ServiceTypeView> add(
            @Parameter(description = "Makes retries safe: the same key and body return the first response")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            @NotNull @Valid CatalogueRequests.AddServiceType request,
            UriInfo uri) {
        Idempotency.Outcome<ServiceTypeView> outcome = service.add(request, idempotencyKey);
        ServiceTypeView view = outcome.view();
        return Responses.created(uri.getAbsolutePathBuilder().path(view.code()).build(), outcome);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "editServiceType", summary = "Edit a service type (everything but its code)")
    @APIResponse(
            responseCode = "200",
            description = "The edited service type",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceTypeView.class)))
    public RestResponse<ServiceTypeView> edit(
            @PathParam("code") String code,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            @NotNull @Valid CatalogueRequests.EditServiceType request) {
        return Responses.withEtag(service.edit(code, IfMatch.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{code}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "deactivateServiceType",
            summary = "Withdraw a code from use (codes are never deleted; existing records keep naming it)")
    @APIResponse(
            responseCode = "200",
            description = "The deactivated service type",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceTypeView.class)))
    public RestResponse<ServiceTypeView> deactivate(
            @PathParam("code") String code,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        return Responses.withEtag(service.deactivate(code, IfMatch.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{code}/reactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reactivateServiceType", summary = "Put a deactivated code back in use")
    @APIResponse(
            responseCode = "200",
            description = "The reactivated service type",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceTypeView.class)))
    public RestResponse<ServiceTypeView> reactivate(
            @PathParam("code") String code,
            @Parameter(description = "ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch) {
        return Responses.withEtag(service.reactivate(code, IfMatch.expectedVersion(ifMatch)));
    }
}
