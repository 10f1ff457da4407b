package org.mrc.casework.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/partners")
@Tag(name = "Partner directory", description = "Partner organisations, their locations and their offerings")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerService service;

    public PartnerResource(PartnerService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "registerPartner", summary = "Add a partner organisation to the directory")
    @APIResponse(
            responseCode = "201",
            description = "The partner organisation was added",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> register(
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid DirectoryRequests.RegisterPartner request,
            UriInfo uri) {
        Idempotency.Outcome<PartnerView> outcome = service.register(request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listPartners", summary = "List partner organisations")
    public Page<PartnerView> list(
            @Parameter(
                            description = "Only organisations of this type",
                            schema = @Schema(implementation = PartnerType.class))
                    @QueryParam("type")
                    String type,
            @Parameter(description = "Only active (true) or inactive (false) organisations") @QueryParam("active")
                    String active,
            @Valid @BeanParam PageParams page) {
        return service.list(
                Params.enumValue("type", type, PartnerType.class), Params.bool("active", active), page.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getPartner", summary = "Read one partner organisation")
    @APIResponse(
            responseCode = "200",
            description = "The partner organisation",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> get(@PathParam("id") UUID id) {
        PartnerView view = service.get(id);
        return Responses.withEtag(view);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "updatePartner", summary = "Replace the description of a partner organisation")
    @APIResponse(
            responseCode = "200",
            description = "The updated partner organisation",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> update(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid DirectoryRequests.UpdatePartner request) {
        PartnerView view = service.update(id, ifMatch.version(), request);
        return Responses.withEtag(view);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "deactivatePartner", summary = "Deactivate a partner organisation (it is never deleted)")
    @APIResponse(
            responseCode = "200",
            description = "The deactivated partner organisation",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> deactivate(@PathParam("id") UUID id, @BeanParam IfMatchParam ifMatch) {
        PartnerView view = service.deactivate(id, ifMatch.version());
        return Responses.withEtag(view);
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "reactivatePartner", summary = "Reactivate a partner organisation")
    @APIResponse(
            responseCode = "200",
            description = "The reactivated partner organisation",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> reactivate(@PathParam("id") UUID id, @BeanParam IfMatchParam ifMatch) {
        PartnerView view = service.reactivate(id, ifMatch.version());
        return Responses.withEtag(view);
    }

    @POST
    @Path("/{id}/locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "addPartnerLocation", summary = "Add a location where the partner delivers services")
    @APIResponse(
            responseCode = "201",
            description = "The location was added",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    public RestResponse<LocationView> addLocation(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid DirectoryRequests.LocationDetails request,
            UriInfo uri) {
        Idempotency.Outcome<LocationView> outcome = service.addLocation(id, request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @GET
    @Path("/{id}/locations")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listPartnerLocations", summary = "The locations of a partner organisation")
    public List<LocationView> locations(@PathParam("id") UUID id) {
        return service.locations(id);
    }

    @GET
    @Path("/{id}/locations/{locationId}")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getPartnerLocation", summary = "Read one location of a partner organisation")
    @APIResponse(
            responseCode = "200",
            description = "The location",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    public RestResponse<LocationView> location(@PathParam("id") UUID id, @PathParam("locationId") UUID locationId) {
        LocationView view = service.location(id, locationId);
        return Responses.withEtag(view);
    }

    @PUT
    @Path("/{id}/locations/{locationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "updatePartnerLocation",
            summary = "Change a location; the offerings delivered there follow it")
    @APIResponse(
            responseCode = "200",
            description = "The updated location",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = LocationView.class)))
    public RestResponse<LocationView> updateLocation(
            @PathParam("id") UUID id,
            @PathParam("locationId") UUID locationId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid DirectoryRequests.LocationDetails request) {
        LocationView view = service.updateLocation(id, locationId, ifMatch.version(), request);
        return Responses.withEtag(view);
    }
}
