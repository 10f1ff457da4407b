package org.mrc.casework.servicelog;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.privacy.AccessReasonParam;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/clients/{id}/services")
@Tag(name = "Service log", description = "Services delivered to clients, group sessions and outreach events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ServiceLogResource {

    private final ServiceLogService service;

    public ServiceLogResource(ServiceLogService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordServiceDelivery",
            summary = "Record a service delivered to the client (type, date, provider, referral, duration, note)",
            description = "The service type must be an active catalogue code; the date must not be in the future."
                    + " The provider is an office in the caller's scope (default: the client's office) or a"
                    + " registered partner organisation, never both. Owning office staff only.")
    @APIResponse(
            responseCode = "201",
            description = "The service was recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ServiceDeliveryView.class)))
    public RestResponse<ServiceDeliveryView> record(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ServiceLogRequests.RecordService request,
            UriInfo uri) {
        return Responses.created(uri, service.record(id, request, idempotencyKey.key()));
    }

    @GET
    @Operation(
            operationId = "listServiceDeliveries",
            summary = "The services delivered to a client, latest first",
            description = "Staff outside the owning office may read with X-Access-Reason (audited).")
    public Page<ServiceDeliveryView> list(
            @PathParam("id") UUID id, @BeanParam AccessReasonParam reason, @Valid @BeanParam PageParams page) {
        return service.list(id, reason.value(), page.request());
    }

    @GET
    @Path("/{serviceId}")
    @Operation(operationId = "getServiceDelivery", summary = "Read one service delivered to the client")
    @APIResponse(
            responseCode = "200",
            description = "The service delivered",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceDeliveryView.class)))
    public RestResponse<ServiceDeliveryView> get(
            @PathParam("id") UUID id, @PathParam("serviceId") UUID serviceId, @BeanParam AccessReasonParam reason) {
        return Responses.withEtag(service.get(id, serviceId, reason.value()));
    }
}
