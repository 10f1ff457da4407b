package org.mrc.casework.webhook;

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
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/webhooks")
@Tag(name = "Internal webhooks", description = "Webhook subscriptions of the centre's own systems (e.g. dashboards)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookAdminResource {

    private static final WebhookService.Audience AUDIENCE = WebhookService.Audience.INTERNAL;

    private final WebhookService service;

    public WebhookAdminResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createInternalWebhook",
            summary =
                    "Subscribe an internal system to any events (report.refreshed too); the signing secret is shown once")
    @APIResponse(
            responseCode = "201",
            description = "The subscription and its signing secret",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
    public RestResponse<WebhookSecretView> create(@NotNull @Valid WebhookRequests.Subscription request, UriInfo uri) {
        return Responses.created(uri, new Idempotency.Outcome<>(service.create(AUDIENCE, request), false));
    }

    @GET
    @Operation(operationId = "listInternalWebhooks", summary = "The internal systems' subscriptions")
    public Page<WebhookSubscriptionView> list(@Valid @BeanParam PageParams page) {
        return service.list(AUDIENCE, page.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInternalWebhook", summary = "Read an internal system's subscription")
    @APIResponse(
            responseCode = "200",
            description = "The subscription",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    public RestResponse<WebhookSubscriptionView> get(@PathParam("id") UUID id) {
        return Responses.withEtag(service.get(AUDIENCE, id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviseInternalWebhook",
            summary = "Replace a subscription's URL, events, description and active flag")
    @APIResponse(
            responseCode = "200",
            description = "The revised subscription",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    public RestResponse<WebhookSubscriptionView> revise(
            @PathParam("id") UUID id,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid WebhookRequests.Subscription request) {
        return Responses.withEtag(service.revise(AUDIENCE, id, ifMatch.version(), request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInternalWebhook", summary = "Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(AUDIENCE, id);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateInternalWebhookSecret",
            summary = "A new signing secret (shown once); the old one also signs for the grace period")
    @APIResponse(
            responseCode = "200",
            description = "The subscription and its new secret",
            content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
    public WebhookSecretView rotate(@PathParam("id") UUID id) {
        return service.rotate(AUDIENCE, id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listInternalWebhookDeliveries",
            summary = "The delivery log of a subscription, newest first: attempts, statuses, latencies")
    public Page<WebhookDeliveryView> deliveries(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "Only deliveries in this state (FAILED: the failures)",
                            schema = @Schema(implementation = DeliveryState.class))
                    @QueryParam("state")
                    String state,
            @Valid @BeanParam PageParams page) {
        DeliveryState only = Params.enumValue("state", state, DeliveryState.class);
        return service.deliveries(AUDIENCE, id, only == null ? null : only.name(), page.request());
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replayInternalWebhook",
            summary = "Send one event again, or every event since an instant (same webhook-id: deduplicate by it)")
    @APIResponse(
            responseCode = "202",
            description = "The deliveries were queued",
            content = @Content(schema = @Schema(implementation = WebhookReplayView.class)))
    public RestResponse<WebhookReplayView> replay(
            @PathParam("id") UUID id, @NotNull @Valid WebhookRequests.Replay request) {
        return RestResponse.accepted(service.replay(AUDIENCE, id, request));
    }
}
