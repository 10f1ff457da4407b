package org.mrc.casework.handover;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/handovers")
@Tag(name = "Handovers", description = "Case handovers between offices of the network")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class HandoverResource {

    /** Which side of a handover the caller's offices are on. */
    @Schema(name = "HandoverDirection")
    public enum Direction {
        INCOMING,
        OUTGOING
    }

    private final HandoverService service;

    public HandoverResource(HandoverService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listHandovers",
            summary = "Handovers to (INCOMING) or from (OUTGOING) the caller's offices, newest first",
            description = "Incoming: proposed and accepted handovers; outgoing: proposed, declined and withdrawn ones"
                    + " (an accepted handover leaves the sending office's scope with the case).")
    public Page<HandoverView> list(
            @QueryParam("direction") @DefaultValue("INCOMING") Direction direction,
            @QueryParam("status") HandoverStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(direction == Direction.INCOMING, status, page.request());
    }

    @GET
    @Path("/{handoverId}")
    @Operation(operationId = "getHandover", summary = "Read one handover (offices that have it in hand)")
    @APIResponse(
            responseCode = "200",
            description = "The handover",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public RestResponse<HandoverView> get(@PathParam("handoverId") UUID handoverId) {
        return Responses.withEtag(service.get(handoverId));
    }

    @POST
    @Path("/{handoverId}/accept")
    @Operation(
            operationId = "acceptHandover",
            summary = "Take the case over (receiving office staff): the client and the chosen members move now",
            description = "Open referrals, episodes and everything recorded about the client follow it; the former"
                    + " office is out of scope from then on. 409 case-owner-changed when the client moved since"
                    + " the proposal, 409 handover-answered when already answered.")
    @APIResponse(
            responseCode = "200",
            description = "The accepted handover",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public RestResponse<HandoverView> accept(
            @PathParam("handoverId") UUID handoverId, @BeanParam IfMatchParam ifMatch) {
        return Responses.withEtag(service.accept(handoverId, ifMatch.version()));
    }

    @POST
    @Path("/{handoverId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineHandover", summary = "Decline a proposed handover (receiving office staff)")
    @APIResponse(
            responseCode = "200",
            description = "The declined handover",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public RestResponse<HandoverView> decline(
            @PathParam("handoverId") UUID handoverId,
            @BeanParam IfMatchParam ifMatch,
            @Valid HandoverRequests.AnswerHandover answer) {
        return Responses.withEtag(service.decline(handoverId, ifMatch.version(), answer));
    }

    @POST
    @Path("/{handoverId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawHandover", summary = "Withdraw a proposed handover (sending office staff)")
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn handover",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public RestResponse<HandoverView> withdraw(
            @PathParam("handoverId") UUID handoverId,
            @BeanParam IfMatchParam ifMatch,
            @Valid HandoverRequests.AnswerHandover answer) {
        return Responses.withEtag(service.withdraw(handoverId, ifMatch.version(), answer));
    }
}
