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
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

/** What a partner sees of the directory: its own organisation and offerings, never another partner's. */
@Path("/partner")
@Tag(name = "Partner self-service", description = "A partner's own organisation and offerings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class OwnOrganisationResource {

    private final PartnerService partners;
    private final OfferingService offerings;

    public OwnOrganisationResource(PartnerService partners, OfferingService offerings) {
        this.partners = partners;
        this.offerings = offerings;
    }

    @GET
    @Path("/organisation")
    @Operation(operationId = "getOwnOrganisation", summary = "The caller's own partner organisation")
    @APIResponse(
            responseCode = "200",
            description = "The organisation named in the caller's token",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public RestResponse<PartnerView> organisation() {
        PartnerView view = partners.own();
        return Responses.withEtag(view);
    }

    @GET
    @Path("/offerings")
    @Operation(operationId = "listOwnOfferings", summary = "The offerings of the caller's organisation")
    public Page<OfferingView> list(
            @Parameter(
                            description = "Only offerings in this status",
                            schema = @Schema(implementation = OfferingStatus.class))
                    @QueryParam("status")
                    String status,
            @Valid @BeanParam PageParams page) {
        return offerings.own(Params.enumValue("status", status, OfferingStatus.class), page.request());
    }

    @GET
    @Path("/offerings/{id}")
    @Operation(operationId = "getOwnOffering", summary = "One offering of the caller's organisation")
    @APIResponse(
            responseCode = "200",
            description = "The offering",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> get(@PathParam("id") UUID id) {
        OfferingView view = offerings.getOwn(id);
        return Responses.withEtag(view);
    }

    @PUT
    @Path("/offerings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviseOwnOffering",
            summary =
                    "Replace the terms of one of the caller's offerings (languages, eligibility, ages, fees, capacity)")
    @APIResponse(
            responseCode = "200",
            description = "The revised offering",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> revise(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid DirectoryRequests.Terms request) {
        OfferingView view = offerings.reviseOwn(id, ifMatch.version(), request);
        return Responses.withEtag(view);
    }

    @POST
    @Path("/offerings/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeOwnOfferingStatus",
            summary = "Open, close or temporarily close one of the caller's offerings")
    @APIResponse(
            responseCode = "200",
            description = "The offering in its new status",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> changeStatus(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid DirectoryRequests.ChangeOfferingStatus request) {
        OfferingView view = offerings.changeOwnStatus(id, ifMatch.version(), request.status());
        return Responses.withEtag(view);
    }
}
