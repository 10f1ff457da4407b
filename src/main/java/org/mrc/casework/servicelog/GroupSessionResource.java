package org.mrc.casework.servicelog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/group-sessions")
@Tag(name = "Service log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class GroupSessionResource {

    private final GroupSessionService service;

    public GroupSessionResource(GroupSessionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordGroupSession",
            summary = "Record a group session or outreach event (date, place, service type, facilitator, headcounts)",
            description = "The office defaults to the caller's own and must be in the caller's scope; the service"
                    + " type must be an active catalogue code; the date must not be in the future. Headcounts are"
                    + " anonymous, by sex and age band (0-14, 15-24, 25-34, 35-49, 50-64, 65+), each cell once.")
    @APIResponse(
            responseCode = "201",
            description = "The session was recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = GroupSessionView.class)))
    public RestResponse<GroupSessionView> record(
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ServiceLogRequests.RecordGroupSession request,
            UriInfo uri) {
        return Responses.created(uri, service.record(request, idempotencyKey.key()));
    }

    @GET
    @Operation(
            operationId = "listGroupSessions",
            summary = "Group sessions of the caller's offices, latest first, without attendee ids",
            description = "Filters: officeId (one office of the caller's scope), from and to (dates, inclusive),"
                    + " serviceType (catalogue code).")
    public Page<GroupSessionView> list(
            @QueryParam("officeId") String officeId,
            @Parameter(description = "Earliest date, inclusive", example = "2026-01-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Latest date, inclusive", example = "2026-03-31") @QueryParam("to") String to,
            @QueryParam("serviceType") String serviceType,
            @Valid @BeanParam PageParams page) {
        return service.list(
                Params.uuid("officeId", officeId),
                Params.date("from", from),
                Params.date("to", to),
                serviceType == null || serviceType.isBlank() ? null : serviceType,
                page.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGroupSession", summary = "Read a group session with its attendees and headcounts")
    @APIResponse(
            responseCode = "200",
            description = "The session",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GroupSessionView.class)))
    public RestResponse<GroupSessionView> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(id));
    }

    @POST
    @Path("/{id}/attendees")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addGroupSessionAttendee",
            summary = "Add a registered client as an attendee (a client in the caller's scope, once)")
    @APIResponse(
            responseCode = "200",
            description = "The session with the new attendee",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GroupSessionView.class)))
    public RestResponse<GroupSessionView> addAttendee(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid ServiceLogRequests.AddAttendee request) {
        return Responses.withEtag(service.addAttendee(id, ifMatch.version(), request.clientId()));
    }

    @DELETE
    @Path("/{id}/attendees/{clientId}")
    @Operation(operationId = "removeGroupSessionAttendee", summary = "Remove an attendee from a group session")
    @APIResponse(
            responseCode = "200",
            description = "The session without the attendee",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GroupSessionView.class)))
    public RestResponse<GroupSessionView> removeAttendee(
            @PathParam("id") UUID id, @PathParam("clientId") UUID clientId, @BeanParam IfMatchParam ifMatch) {
        return Responses.withEtag(service.removeAttendee(id, ifMatch.version(), clientId));
    }

    @PUT
    @Path("/{id}/headcounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceGroupSessionHeadcounts",
            summary = "Replace the anonymous headcounts of a group session (cells not named count zero)")
    @APIResponse(
            responseCode = "200",
            description = "The session with its new headcounts",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = GroupSessionView.class)))
    public RestResponse<GroupSessionView> replaceHeadcounts(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid ServiceLogRequests.ReplaceHeadcounts request) {
        return Responses.withEtag(service.replaceHeadcounts(id, ifMatch.version(), request));
    }
}
