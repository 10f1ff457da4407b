package org.mrc.casework.client.episode;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/clients/{clientId}/episodes")
@Tag(name = "Migration episodes", description = "A client's journeys and their phase history across the cycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class EpisodeResource {

    private final EpisodeService service;

    public EpisodeResource(EpisodeService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openEpisode",
            summary = "Open a migration episode (a journey) for a client",
            description = "A client has at most one open episode (409 episode-already-open). The new episode is"
                    + " linked to the client's latest one and cannot start before it was closed. Starting in RETURN"
                    + " requires returnDetails.")
    @APIResponse(
            responseCode = "201",
            description = "The episode was opened",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    public RestResponse<EpisodeView> open(
            @PathParam("clientId") UUID clientId,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid EpisodeRequests.OpenEpisode request,
            UriInfo uri) {
        return created(service.open(clientId, request, idempotencyKey.key()), uri);
    }

    @GET
    @Operation(
            operationId = "listEpisodes",
            summary = "List a client's episodes in the order they were opened, with their phase history")
    public Page<EpisodeView> list(
            @PathParam("clientId") UUID clientId,
            @BeanParam AccessReasonParam reason,
            @Valid @BeanParam PageParams page) {
        return service.list(clientId, reason.value(), page.request());
    }

    @GET
    @Path("/{episodeId}")
    @Operation(
            operationId = "getEpisode",
            summary = "Read an episode with its phase history, cut to what the caller may see",
            description = "Out-of-scope staff who state a reason see up to S1: an expulsion (or an undisclosed"
                    + " return circumstance) and confidential notes are absent.")
    @APIResponse(
            responseCode = "200",
            description = "The episode",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    public RestResponse<EpisodeView> get(
            @PathParam("clientId") UUID clientId,
            @PathParam("episodeId") UUID episodeId,
            @BeanParam AccessReasonParam reason) {
        return Responses.withEtag(service.get(clientId, episodeId, reason.value()));
    }

    @POST
    @Path("/{episodeId}/phase-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeEpisodePhase",
            summary = "Record a dated phase change (or a sub-stage change within the phase)",
            description = "A move the phase graph does not allow is a 409 phase-change-not-allowed whose `allowed`"
                    + " member lists the phases allowed next. A date before the latest change is a 409"
                    + " episode-date-order naming `notBefore`. Entering RETURN requires returnDetails.")
    @APIResponse(
            responseCode = "200",
            description = "The episode with the change appended",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    public RestResponse<EpisodeView> changePhase(
            @PathParam("clientId") UUID clientId,
            @PathParam("episodeId") UUID episodeId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid EpisodeRequests.ChangePhase request) {
        return Responses.withEtag(service.changePhase(clientId, episodeId, ifMatch.version(), request));
    }

    @PUT
    @Path("/{episodeId}/legs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordJourneyLegs",
            summary = "Replace the legs of a journey (countries, dates, activity, permit, contributions)",
            description = "Legs are in journey order and must not overlap; every leg but the first has a fromDate."
                    + " Inconsistent legs are a 400 validation-failed naming each offending field. The permit is S2"
                    + " and the contributions S1: readers below those tiers do not receive them. Phase changes show"
                    + " the country of the leg in force on their date.")
    @APIResponse(
            responseCode = "200",
            description = "The episode with its new legs",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    public RestResponse<EpisodeView> recordLegs(
            @PathParam("clientId") UUID clientId,
            @PathParam("episodeId") UUID episodeId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid EpisodeRequests.RecordJourneyLegs request) {
        return Responses.withEtag(service.recordLegs(clientId, episodeId, ifMatch.version(), request));
    }

    @POST
    @Path("/{episodeId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeEpisode",
            summary = "Close an episode that is in RETURN or NOT_MIGRATING",
            description = "A re-migration or the next season is then a new episode.")
    @APIResponse(
            responseCode = "200",
            description = "The closed episode",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    public RestResponse<EpisodeView> close(
            @PathParam("clientId") UUID clientId,
            @PathParam("episodeId") UUID episodeId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid EpisodeRequests.CloseEpisode request) {
        return Responses.withEtag(service.close(clientId, episodeId, ifMatch.version(), request));
    }

    @POST
    @Path("/{episodeId}/next-season")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openNextSeason",
            summary = "Open the next season of circular migration after a closed episode, in one request",
            description = "The episode must be the client's latest and closed. The new episode is SEASONAL, copies"
                    + " the origin and destination, starts in PRE_DEPARTURE and is linked to this one. The body is"
                    + " optional (an empty application/json request is enough).")
    @APIResponse(
            responseCode = "201",
            description = "The new season's episode",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = EpisodeView.class)))
    public RestResponse<EpisodeView> nextSeason(
            @PathParam("clientId") UUID clientId,
            @PathParam("episodeId") UUID episodeId,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @Valid EpisodeRequests.NextSeason request,
            UriInfo uri) {
        return created(service.nextSeason(clientId, episodeId, request, idempotencyKey.key()), uri);
    }

    /** Next season is posted to the previous episode, so the new one's address is built, not appended. */
    private static RestResponse<EpisodeView> created(Idempotency.Outcome<EpisodeView> outcome, UriInfo uri) {
        EpisodeView view = outcome.view();
        URI location = uri.getBaseUriBuilder()
                .path("clients/{clientId}/episodes/{episodeId}")
                .build(view.clientId(), view.id());
        return Responses.created(location, outcome);
    }
}
