package org.mrc.casework.client.schooling;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Path("/clients/{id}/schooling")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class SchoolingResource {

    private final SchoolingService service;

    public SchoolingResource(SchoolingService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordChildSchooling",
            summary = "Record a child's school status from a date on (children left behind; S2)",
            description = "For a client who is a child today, linked to a household member who migrated. Owning office"
                    + " staff only. A later status is a new entry; the latest effective on a date is the status then.")
    @APIResponse(
            responseCode = "201",
            description = "The status was recorded",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = SchoolingView.class)))
    public RestResponse<SchoolingView> record(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid SchoolingRequests.RecordSchooling request,
            UriInfo uri) {
        return Responses.created(uri, service.record(id, request, idempotencyKey.key()));
    }

    @GET
    @Operation(
            operationId = "listChildSchooling",
            summary = "A child's school statuses, latest first",
            description = "S2 (a minor's data): empty for callers who do not reach S2 for the child.")
    @APIResponse(
            responseCode = "200",
            description = "The statuses",
            content = @Content(schema = @Schema(implementation = SchoolingView.class, type = SchemaType.ARRAY)))
    public List<SchoolingView> list(@PathParam("id") UUID id, @BeanParam AccessReasonParam reason) {
        return service.list(id, reason.value());
    }

    @GET
    @Path("/{schoolingId}")
    @Operation(operationId = "getChildSchooling", summary = "One school status of a child (S2)")
    @APIResponse(
            responseCode = "200",
            description = "The status",
            content = @Content(schema = @Schema(implementation = SchoolingView.class)))
    public SchoolingView get(
            @PathParam("id") UUID id, @PathParam("schoolingId") UUID schoolingId, @BeanParam AccessReasonParam reason) {
        return service.get(id, schoolingId, reason.value());
    }
}
