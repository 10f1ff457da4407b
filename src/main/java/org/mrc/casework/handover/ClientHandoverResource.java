package org.mrc.casework.handover;

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
import java.net.URI;
import java.util.List;
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
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;

@Path("/clients/{id}/handovers")
@Tag(name = "Handovers", description = "Case handovers between offices of the network")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ClientHandoverResource {

    private final HandoverService service;

    public ClientHandoverResource(HandoverService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "proposeCaseHandover",
            summary = "Propose to hand the client's case to another office (owning office staff)",
            description = "Needs the client's CASE_HANDOVER consent naming the receiving office (409"
                    + " consent-required otherwise); one open proposal per client (409 handover-pending). Household"
                    + " members listed in memberIds move with the case; each must be linked to the client now and"
                    + " owned by the same office. While the proposal is open the receiving office reads the client"
                    + " and those members up to S1 without an access reason.")
    @APIResponse(
            responseCode = "201",
            description = "The proposal",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = HandoverView.class)))
    public RestResponse<HandoverView> propose(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HandoverRequests.ProposeHandover request,
            UriInfo uri) {
        Idempotency.Outcome<HandoverView> outcome = service.propose(id, request, idempotencyKey.key());
        URI location = uri.getBaseUriBuilder()
                .path("handovers")
                .path(outcome.view().id().toString())
                .build();
        return Responses.created(location, outcome);
    }

    @GET
    @Operation(
            operationId = "listClientHandovers",
            summary = "The client's handovers (as the client or a member moving with it), oldest first")
    public List<HandoverView> list(@PathParam("id") UUID id, @BeanParam AccessReasonParam reason) {
        return service.ofClient(id, reason.value());
    }
}
