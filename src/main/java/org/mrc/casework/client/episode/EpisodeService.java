package org.mrc.casework.client.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.DatabaseFaults;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Migration episodes of a client and their phase history. Changes are for the owning
 * office's staff; out-of-scope staff who state a reason read up to S1. Every call is audited against the client, the
 * person the data are about, so that one audit query shows every access to a person's migration history.
 */
@ApplicationScoped
public class EpisodeService {

    private static final Cursor.Shape EPISODES = Cursor.shape("episodes", Cursor.Key.UUID);

    static final ProblemType ALREADY_OPEN =
            new ProblemType("episode-already-open", 409, "The client already has an open episode");
    static final ProblemType NOT_CLOSED =
            new ProblemType("episode-not-closed", 409, "The episode must be closed before the next one is opened");
    static final ProblemType NOT_LATEST =
            new ProblemType("episode-not-latest", 409, "Only the client's latest episode can be followed by a new one");

    /** The partial unique index that keeps one open episode per client (see V20__migration_episode.sql). */
    static final String ONE_OPEN_INDEX = "migration_episode_one_open_per_client";

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_PLANNED = LocalDate.of(2100, 12, 31);

    private final EpisodeRepository episodes;
    private final ClientService clients;
    private final ClientAccess access;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    EpisodeService(
            EpisodeRepository episodes,
            ClientService clients,
            ClientAccess access,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.episodes = episodes;
        this.clients = clients;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    /** Opens an episode for a client without an open one, linked to the client's latest episode. */
    @Transactional
    @Audited(action = "episode.create", resource = "client")
    public Idempotency.Outcome<EpisodeView> open(
            UUID clientId, EpisodeRequests.OpenEpisode request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(
                idempotencyKey,
                me.subject(),
                List.of(clientId.toString(), request),
                id -> get(clientId, id, null),
                () -> {
                    ClientRef client = access.write(clientId);
                    Journey journey = new Journey(
                            request.type(),
                            request.originCountry(),
                            request.originLocality(),
                            request.destinationCountry(),
                            request.destinationLocality(),
                            request.plannedDepartureDate(),
                            request.departureDate(),
                            request.plannedReturnDate(),
                            request.returnDate());
                    checkJourney(journey);
                    PhaseMove first = new PhaseMove(
                            request.phase() == null ? MigrationPhase.PRE_DECISION : request.phase(),
                            request.subStage(),
                            happened("$.effectiveDate", request.effectiveDate()),
                            request.note(),
                            Boolean.TRUE.equals(request.confidentialNote()),
                            request.returnDetails());
                    rejectOpenEpisode(clientId);
                    MigrationEpisode previous = episodes.latestOf(clientId).orElse(null);
                    if (request.previousEpisodeId() != null
                            && (previous == null || !previous.id().equals(request.previousEpisodeId()))) {
                        throw ApiException.invalid(
                                FieldError.body("$.previousEpisodeId", "must be the client's latest episode"));
                    }
                    return start(client, previous, journey, request.legs(), first, me);
                });
    }

    /**
     * Opens the next season of circular migration after {@code episodeId}, which must be the client's latest
     * episode and closed: a SEASONAL episode with the same origin and destination, in PRE_DEPARTURE.
     */
    @Transactional
    @Audited(action = "episode.next-season", resource = "client")
    public Idempotency.Outcome<EpisodeView> nextSeason(
            UUID clientId, UUID episodeId, EpisodeRequests.NextSeason given, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        EpisodeRequests.NextSeason request =
                given == null ? new EpisodeRequests.NextSeason(null, null, null, null) : given;
        return idempotency.once(
                idempotencyKey,
                me.subject(),
                List.of(clientId.toString(), episodeId.toString(), request),
                id -> get(clientId, id, null),
                () -> {
                    ClientRef client = access.write(clientId);
                    MigrationEpisode season = episodeOf(clientId, episodeId);
                    if (season.isOpen()) {
                        throw ApiException.conflict(
                                NOT_CLOSED,
                                "Close this season's episode (from RETURN) before opening the next one",
                                Map.of("currentPhase", season.phase()));
                    }
                    rejectOpenEpisode(clientId);
                    MigrationEpisode latest = episodes.latestOf(clientId).orElseThrow();
                    if (!latest.id().equals(season.id())) {
                        throw ApiException.conflict(
                                NOT_LATEST,
                                "Continue from the client's latest episode",
                                Map.of("latestEpisodeId", latest.id()));
                    }
                    Journey before = season.journey();
                    Journey journey = new Journey(
                            EpisodeType.SEASONAL,
                            before.originCountry(),
                            before.originLocality(),
                            before.destinationCountry(),
                            before.destinationLocality(),
                            request.plannedDepartureDate(),
                            null,
                            request.plannedReturnDate(),
                            null);
                    checkJourney(journey);
                    PhaseMove first = new PhaseMove(
                            MigrationPhase.PRE_DEPARTURE,
                            null,
                            happened("$.effectiveDate", request.effectiveDate()),
                            request.note(),
                            false,
                            null);
                    return start(client, season, journey, null, first, me);
                });
    }

    /** The client's episodes in the order they were opened, cut to what the caller may see. */
    @Transactional
    @Audited(action = "episode.list", resource = "client")
    public Page<EpisodeView> list(UUID clientId, String reason, PageRequest page) {
        ClientRef client = access.read(clientId, reason);
        Cursor after = page.after(EPISODES);
        UUID afterId = after == null ? null : after.uuid(0);
        List<EpisodeView> views = episodes.pageOf(clientId, afterId, page.fetchSize()).stream()
                .map(episode -> episode.view(client.ceiling(), client.aboutAMinor()))
                .toList();
        return Page.of(views, page.limit(), view -> EPISODES.at(view.id()));
    }

    /**
     * Every episode of the client with its phase history, in the order they were opened, cut to the ceiling of
     * {@code client}: for the subject-access report, which obtained {@code client} from ClientAccess and audits the read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EpisodeView> wholeHistory(ClientRef client) {
        return episodes.allOf(client.id()).stream()
                .map(episode -> episode.view(client.ceiling(), client.aboutAMinor()))
                .toList();
    }

    /** One episode with its phase history, cut to what the caller may see. */
    @Transactional
    @Audited(action = "episode.read", resource = "client")
    public EpisodeView get(UUID clientId, UUID episodeId, String reason) {
        ClientRef client = access.read(clientId, reason);
        return episodeOf(clientId, episodeId).view(client.ceiling(), client.aboutAMinor());
    }

    /** Appends a phase change to the open episode, if it is still at {@code expectedVersion}. */
    @Transactional
    @Audited(action = "episode.change-phase", resource = "client")
    public EpisodeView changePhase(
            UUID clientId, UUID episodeId, long expectedVersion, EpisodeRequests.ChangePhase request) {
        ClientRef client = access.write(clientId);
        MigrationEpisode episode = episodeOf(clientId, episodeId);
        IfMatch.check(expectedVersion, episode.version());
        PhaseMove move = new PhaseMove(
                request.phase(),
                request.subStage(),
                happened("$.effectiveDate", request.effectiveDate()),
                request.note(),
                Boolean.TRUE.equals(request.confidentialNote()),
                request.returnDetails());
        MigrationPhase before = episode.phase();
        episode.moveTo(move, caller.get().subject(), clock.instant());
        if (episode.phase() != before) {
            clients.phaseChanged(client, episode.phase());
        }
        episodes.flush();
        return episode.view(Tier.S2);
    }

    /**
     * Replaces the legs of the journey, if the episode is still at {@code expectedVersion}: the owning office's staff
     * only. Overlapping legs, a leg that ends before it starts and the like are one validation problem naming every
     * offending field.
     */
    @Transactional
    @Audited(action = "episode.record-legs", resource = "client")
    public EpisodeView recordLegs(
            UUID clientId, UUID episodeId, long expectedVersion, EpisodeRequests.RecordJourneyLegs request) {
        access.write(clientId);
        MigrationEpisode episode = episodeOf(clientId, episodeId);
        IfMatch.check(expectedVersion, episode.version());
        episode.recordLegs(request.legs(), clock.instant());
        episodes.flush();
        return episode.view(Tier.S2);
    }

    /** Closes the episode (from RETURN or NOT_MIGRATING); the client then has no current phase. */
    @Transactional
    @Audited(action = "episode.close", resource = "client")
    public EpisodeView close(
            UUID clientId, UUID episodeId, long expectedVersion, EpisodeRequests.CloseEpisode request) {
        ClientRef client = access.write(clientId);
        MigrationEpisode episode = episodeOf(clientId, episodeId);
        IfMatch.check(expectedVersion, episode.version());
        LocalDate on = happened("$.closedOn", request.closedOn());
        episode.close(on, caller.get().subject(), clock.instant());
        clients.phaseChanged(client, null);
        episodes.flush();
        return episode.view(Tier.S2);
    }

    private EpisodeView start(
            ClientRef client,
            MigrationEpisode previous,
            Journey journey,
            List<EpisodeRequests.Leg> legs,
            PhaseMove first,
            Caller me) {
        MigrationEpisode episode =
                MigrationEpisode.open(client.id(), previous, journey, legs, first, me.subject(), clock.instant());
        try {
            episodes.persistAndFlush(episode);
        } catch (PersistenceException e) {
            // the index is the last line of defence; the check above (under the client lock) normally answers first
            if (DatabaseFaults.violates(e, ONE_OPEN_INDEX)) {
                throw ApiException.conflict(ALREADY_OPEN, "Close the client's open episode first", Map.of());
            }
            throw e;
        }
        clients.phaseChanged(client, episode.phase());
        episodes.flush();
        return episode.view(Tier.S2);
    }

    private void rejectOpenEpisode(UUID clientId) {
        episodes.openOf(clientId).ifPresent(open -> {
            throw ApiException.conflict(
                    ALREADY_OPEN,
                    "A client has at most one open episode: close it (or record the return) first",
                    Map.of("openEpisodeId", open.id()));
        });
    }

    private MigrationEpisode episodeOf(UUID clientId, UUID episodeId) {
        return episodes.findByIdOptional(episodeId)
                .filter(episode -> episode.clientId().equals(clientId))
                .orElseThrow(() -> ApiException.notFound("episode"));
    }

    /** A date something happened on: today when absent; never before 1900 nor later than tomorrow (time zones). */
    private LocalDate happened(String field, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today.plusDays(1))) {
            throw ApiException.invalid(FieldError.body(field, "cannot be in the future"));
        }
        if (date.isBefore(EARLIEST)) {
            throw ApiException.invalid(FieldError.body(field, "must not be before " + EARLIEST));
        }
        return date;
    }

    private void checkJourney(Journey journey) {
        if (journey.departureDate() != null) {
            happened("$.departureDate", journey.departureDate());
        }
        if (journey.returnDate() != null) {
            happened("$.returnDate", journey.returnDate());
        }
        planned("$.plannedDepartureDate", journey.plannedDepartureDate());
        planned("$.plannedReturnDate", journey.plannedReturnDate());
        if (journey.departureDate() != null
                && journey.returnDate() != null
                && journey.returnDate().isBefore(journey.departureDate())) {
            throw ApiException.invalid(FieldError.body("$.returnDate", "must not be before departureDate"));
        }
        if (journey.plannedDepartureDate() != null
                && journey.plannedReturnDate() != null
                && journey.plannedReturnDate().isBefore(journey.plannedDepartureDate())) {
            throw ApiException.invalid(
                    FieldError.body("$.plannedReturnDate", "must not be before plannedDepartureDate"));
        }
    }

    private static void planned(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST_PLANNED))) {
            throw ApiException.invalid(
                    FieldError.body(field, "must be between " + EARLIEST + " and " + LATEST_PLANNED));
        }
    }
}
