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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.catalogue.ServicePhase;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.validation.LanguageCode;

@Path("/offerings")
@Tag(name = "Partner directory", description = "Partner organisations, their locations and their offerings")
@Produces(MediaType.APPLICATION_JSON)
public class OfferingResource {

    private static final LanguageCode.Validator LANGUAGES = new LanguageCode.Validator();

    private final OfferingService service;

    public OfferingResource(OfferingService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "createOffering",
            summary = "Offer a service type at a partner's location, or in-house at an office of the centre")
    @APIResponse(
            responseCode = "201",
            description = "The offering was created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> create(
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid DirectoryRequests.CreateOffering request,
            UriInfo uri) {
        Idempotency.Outcome<OfferingView> outcome = service.create(request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "searchOfferings", summary = "Search offerings (every filter is optional)")
    public Page<OfferingView> search(
            @Parameter(description = "Service type code, e.g. LANGUAGE_COURSE") @QueryParam("serviceType")
                    String serviceType,
            @Parameter(
                            description = "Only offerings whose service type serves this phase",
                            schema = @Schema(implementation = ServicePhase.class))
                    @QueryParam("phase")
                    String phase,
            @Parameter(description = "Only offerings delivered in this language (ISO 639)") @QueryParam("language")
                    String language,
            @Parameter(description = "Only offerings in this locality (case-insensitive)") @QueryParam("locality")
                    String locality,
            @Parameter(
                            description = "Only offerings in this status",
                            schema = @Schema(implementation = OfferingStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only offerings of this partner organisation") @QueryParam("partnerId")
                    String partnerId,
            @Parameter(description = "Only in-house offerings of this office") @QueryParam("officeId") String officeId,
            @Valid @BeanParam PageParams page) {
        OfferingService.Filter filter = new OfferingService.Filter(
                blankToNull(serviceType),
                Params.enumValue("phase", phase, ServicePhase.class),
                language(language),
                blankToNull(locality),
                Params.enumValue("status", status, OfferingStatus.class),
                Params.uuid("partnerId", partnerId),
                Params.uuid("officeId", officeId));
        return service.search(filter, page.request());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.ANALYST, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOffering", summary = "Read one offering")
    @APIResponse(
            responseCode = "200",
            description = "The offering",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> get(@PathParam("id") UUID id) {
        OfferingView view = service.get(id);
        return Responses.withEtag(view);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "reviseOffering", summary = "Replace the terms of an offering")
    @APIResponse(
            responseCode = "200",
            description = "The revised offering",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> revise(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid DirectoryRequests.Terms request) {
        OfferingView view = service.revise(id, ifMatch.version(), request);
        return Responses.withEtag(view);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "changeOfferingStatus", summary = "Open, close or temporarily close an offering")
    @APIResponse(
            responseCode = "200",
            description = "The offering in its new status",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OfferingView.class)))
    public RestResponse<OfferingView> changeStatus(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid DirectoryRequests.ChangeOfferingStatus request) {
        OfferingView view = service.changeStatus(id, ifMatch.version(), request.status());
        return Responses.withEtag(view);
    }

    private static String language(String raw) {
        String value = blankToNull(raw);
        if (value != null && !LANGUAGES.isValid(value, null)) {
            throw ApiException.invalid(FieldError.query("language", "must be an ISO 639 language code"));
        }
        return value;
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
