package org.mrc.casework.client.episode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.client.timeline.TimelineContributor;
import org.mrc.casework.client.timeline.TimelineEntry;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * One journey of a client: where from and to, its dates, and its append-only phase history. The episode guards
 * its invariants: only the moves {@link MigrationPhase} allows, dates that never go backwards, return details
 * exactly when entering RETURN, no change once closed, and closing only from RETURN or NOT_MIGRATING.
 */
@Entity
@Table(name = "migration_episode")
class MigrationEpisode {

    static final ProblemType MOVE_NOT_ALLOWED = new ProblemType(
            "phase-change-not-allowed", 409, "The episode cannot move to that phase from its current phase");
    static final ProblemType DATE_ORDER =
            new ProblemType("episode-date-order", 409, "Dates cannot go backwards within a client's episodes");
    static final ProblemType CLOSED = new ProblemType("episode-closed", 409, "The episode is closed");
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    static final ProblemType NOT_CLOSABLE =
            new ProblemType("episode-not-closable", 409, "An episode can be closed only in RETURN or NOT_MIGRATING");

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "previous_episode_id", updatable = false)
    private UUID previousEpisodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EpisodeType type;

    @Column(name = "origin_country", updatable = false)
    private String originCountry;

    @Column(name = "origin_locality", updatable = false)
    private String originLocality;

    @Column(name = "destination_country", updatable = false)
    private String destinationCountry;

    @Column(name = "destination_locality", updatable = false)
    private String destinationLocality;

    @Column(name = "planned_departure_date", updatable = false)
    private LocalDate plannedDepartureDate;

    @Column(name = "departure_date")
    private LocalDate departureDate;

    @Column(name = "planned_return_date", updatable = false)
    private LocalDate plannedReturnDate;

    @Column(name = "return_date")
    private LocalDate returnDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_phase", nullable = false)
    private MigrationPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_sub_stage")
    private SubStage subStage;

    @Column(name = "phase_since", nullable = false)
    private LocalDate phaseSince;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "episode", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    @BatchSize(size = 50)
    private List<PhaseChange> changes = new ArrayList<>();

    @OneToMany(mappedBy = "episode", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    @BatchSize(size = 50)
    private List<JourneyLeg> legs = new ArrayList<>();

    protected MigrationEpisode() {}

    /**
     * Opens an episode in the phase of {@code first}, after {@code previous} (the client's latest episode, closed,
     * or null): the new episode cannot start before the previous one ended.
     */
    static MigrationEpisode open(
            UUID clientId,
            MigrationEpisode previous,
            Journey journey,
            List<EpisodeRequests.Leg> legs,
            PhaseMove first,
            String by,
            Instant now) {
        if (previous != null && first.effectiveDate().isBefore(previous.closedOn)) {
            throw dateOrder("$.effectiveDate", previous.closedOn, "the closing of the client's previous episode");
        }
        MigrationEpisode episode = new MigrationEpisode();
        episode.id = Ids.newId();
        episode.clientId = clientId;
        episode.previousEpisodeId = previous == null ? null : previous.id;
        episode.type = journey.type();
        episode.originCountry = journey.originCountry();
        episode.originLocality = journey.originLocality();
        episode.destinationCountry = journey.destinationCountry();
        episode.destinationLocality = journey.destinationLocality();
        episode.plannedDepartureDate = journey.plannedDepartureDate();
        episode.departureDate = journey.departureDate();
        episode.plannedReturnDate = journey.plannedReturnDate();
        episode.returnDate = journey.returnDate();
        episode.openedOn = first.effectiveDate();
        episode.openedBy = by;
        episode.createdAt = now;
        episode.apply(first, by, now);
        episode.replaceLegs(legs == null ? journey.asOneLeg() : legs, now);
        return episode;
    }

    /** Appends a phase change, if the phase graph allows it and its date does not go backwards. */
    void moveTo(PhaseMove move, String by, Instant now) {
        if (closedOn != null) {
            throw new ApiException(CLOSED, "A closed episode cannot change phase; open a new episode instead");
        }
        boolean sameSubStage = move.phase() == phase && move.subStage() == subStage;
        if (!phase.allows(move.phase()) || sameSubStage) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("currentPhase", phase);
            members.put("allowed", phase.allowedMoves());
            throw ApiException.conflict(
                    MOVE_NOT_ALLOWED,
                    move.phase() == phase
                            ? "Staying in a phase is a change of sub-stage: name a different sub-stage"
                            : "Choose one of the allowed phases, or close the episode",
                    members);
        }
        if (move.effectiveDate().isBefore(phaseSince)) {
            throw dateOrder("$.effectiveDate", phaseSince, "the latest phase change");
        }
        apply(move, by, now);
    }

    /**
     * Replaces the legs of the journey. They must be in journey order and must not overlap (a leg may start on the day
     * the previous one ends); every leg but the first has a start; dates, permit validity and contributions must be
     * consistent. Every violation is reported at once. A closed episode may still record its legs: a returnee's
     * history is often written after the return.
     */
    void recordLegs(List<EpisodeRequests.Leg> given, Instant now) {
        replaceLegs(given, now);
        updatedAt = now;
    }

    private void replaceLegs(List<EpisodeRequests.Leg> given, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            checkLeg(errors, "$.legs[" + i + "]", given.get(i), i == 0 ? null : given.get(i - 1), i);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "The journey legs are inconsistent", errors);
        }
        legs.clear();
        for (int i = 0; i < given.size(); i++) {
            legs.add(JourneyLeg.of(this, i + 1, given.get(i)));
        }
    }

    private static void checkLeg(
            List<FieldError> errors, String at, EpisodeRequests.Leg leg, EpisodeRequests.Leg previous, int index) {
        within(errors, at + ".fromDate", leg.fromDate());
        within(errors, at + ".toDate", leg.toDate());
        if (leg.fromDate() != null && leg.toDate() != null && leg.toDate().isBefore(leg.fromDate())) {
            errors.add(FieldError.body(at + ".toDate", "must not be before fromDate"));
        }
        if (leg.permit() != null) {
            within(errors, at + ".permit.validFrom", leg.permit().validFrom());
            within(errors, at + ".permit.validUntil", leg.permit().validUntil());
            if (leg.permit().validFrom() != null
                    && leg.permit().validUntil() != null
                    && leg.permit().validUntil().isBefore(leg.permit().validFrom())) {
                errors.add(FieldError.body(at + ".permit.validUntil", "must not be before validFrom"));
            }
        }
        if (previous == null) {
            return;
        }
        String before = "legs[" + (index - 1) + "]";
        if (leg.fromDate() == null) {
            errors.add(FieldError.body(at + ".fromDate", "required on every leg but the first"));
        } else if (previous.toDate() == null) {
            errors.add(FieldError.body(at + ".fromDate", "overlaps " + before + ", which has no toDate"));
        } else if (leg.fromDate().isBefore(previous.toDate())) {
            errors.add(FieldError.body(at + ".fromDate", "overlaps " + before + ": must not be before its toDate"));
        }
    }

    private static void within(List<FieldError> errors, String field, LocalDate date) {
        if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
            errors.add(FieldError.body(field, "must be between " + EARLIEST_YEAR + " and " + LATEST_YEAR));
        }
    }

    /** The country of the leg in force on {@code on}: the last leg started by then; null before the first one. */
    String countryOn(LocalDate on) {
        String country = null;
        for (JourneyLeg leg : legs) {
            if (leg.startedBy(on)) {
                country = leg.country();
            }
        }
        return country;
    }

    /** Ends the episode on {@code on}; a re-migration or the next season is a new episode. */
    void close(LocalDate on, String by, Instant now) {
        if (closedOn != null) {
            throw new ApiException(CLOSED, "The episode is already closed");
        }
        if (!phase.closable()) {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("currentPhase", phase);
            members.put("allowed", phase.allowedMoves());
            members.put(
                    "closableFrom",
                    List.of(MigrationPhase.values()).stream()
                            .filter(MigrationPhase::closable)
                            .toList());
            throw ApiException.conflict(
                    NOT_CLOSABLE, "Move the episode to RETURN or NOT_MIGRATING before closing it", members);
        }
        if (on.isBefore(phaseSince)) {
            throw dateOrder("$.closedOn", phaseSince, "the latest phase change");
        }
        closedOn = on;
        closedBy = by;
        closedAt = now;
        updatedAt = now;
    }

    private void apply(PhaseMove move, String by, Instant now) {
        MigrationPhase from = phase;
        checkSubStage(move);
        boolean entersReturn = move.phase() == MigrationPhase.RETURN && from != MigrationPhase.RETURN;
        if (entersReturn && move.returnDetails() == null) {
            throw ApiException.invalid(FieldError.body("$.returnDetails", "required when entering RETURN"));
        }
        if (!entersReturn && move.returnDetails() != null) {
            throw ApiException.invalid(FieldError.body("$.returnDetails", "recorded only when entering RETURN"));
        }
        if (entersReturn && departureDate != null && move.effectiveDate().isBefore(departureDate)) {
            throw dateOrder("$.effectiveDate", departureDate, "the departure");
        }
        if (move.phase().departsFrom(from) && departureDate == null) {
            departureDate = move.effectiveDate();
        }
        if (entersReturn && returnDate == null) {
            returnDate = move.effectiveDate();
        }
        changes.add(PhaseChange.record(this, changes.size() + 1, from, move, by, now));
        phase = move.phase();
        subStage = move.subStage();
        phaseSince = move.effectiveDate();
        updatedAt = now;
    }

    private static void checkSubStage(PhaseMove move) {
        if (move.subStage() != null && move.subStage().phase() != move.phase()) {
            throw ApiException.invalid(FieldError.body(
                    "$.subStage",
                    move.phase().subStages().isEmpty()
                            ? move.phase() + " has no sub-stages"
                            : "must be one of " + move.phase().subStages()));
        }
    }

    private static ApiException dateOrder(String field, LocalDate notBefore, String why) {
        return new ApiException(
                DATE_ORDER,
                "The date is earlier than " + why + " (see notBefore)",
                List.of(FieldError.body(field, "must not be before notBefore")),
                Map.of("notBefore", notBefore.toString()),
                Map.of());
    }

    /** The episode as its writer sees it (every tier). */
    EpisodeView view(Tier ceiling) {
        return view(ceiling, false);
    }

    /**
     * The episode cut down to {@code ceiling}: the only way an episode leaves the service. About a minor, what is S1
     * needs S2.
     */
    EpisodeView view(Tier ceiling, boolean minor) {
        List<PhaseChangeView> history = changes.stream()
                .map(change -> change.view(ceiling, minor, countryOn(change.effectiveDate())))
                .toList();
        List<JourneyLegView> journeyLegs =
                legs.stream().map(leg -> leg.view(ceiling, minor)).toList();
        ReturnDetails details = returnDetails();
        boolean open = closedOn == null;
        EpisodeView full = new EpisodeView(
                id,
                clientId,
                previousEpisodeId,
                type,
                originCountry,
                originLocality,
                destinationCountry,
                destinationLocality,
                plannedDepartureDate,
                departureDate,
                plannedReturnDate,
                returnDate,
                phase,
                subStage,
                phaseSince,
                journeyLegs,
                details == null ? null : ReturnDetailsView.of(details, ceiling, minor),
                openedOn,
                closedOn,
                open,
                open ? phase.allowedMoves() : List.of(),
                open && phase.closable(),
                history,
                ceiling,
                version);
        return Projection.upTo(full, ceiling, minor);
    }

    /** The episode's entries for a client timeline, each with its sort key (date, episode, order within the episode). */
    List<TimelineContributor.Contribution> timeline(Tier ceiling, boolean minor) {
        List<TimelineContributor.Contribution> items = new ArrayList<>();
        EpisodeOpening opening = Projection.upTo(
                new EpisodeOpening(
                        type,
                        originCountry,
                        originLocality,
                        destinationCountry,
                        destinationLocality,
                        previousEpisodeId),
                ceiling,
                minor);
        items.add(item(TimelineEntry.Kind.EPISODE_OPENED, openedOn, 0, opening, ceiling, minor));
        for (PhaseChange change : changes) {
            items.add(item(
                    TimelineEntry.Kind.PHASE_CHANGED,
                    change.effectiveDate(),
                    change.seq(),
                    change.view(ceiling, minor, countryOn(change.effectiveDate())),
                    ceiling,
                    minor));
        }
        if (closedOn != null) {
            items.add(item(TimelineEntry.Kind.EPISODE_CLOSED, closedOn, Integer.MAX_VALUE, null, ceiling, minor));
        }
        return items;
    }

    private TimelineContributor.Contribution item(
            TimelineEntry.Kind kind, LocalDate date, int order, Object details, Tier ceiling, boolean minor) {
        TimelineEntry entry = Projection.upTo(new TimelineEntry(kind, date, id, details), ceiling, minor);
        return new TimelineContributor.Contribution(date, id, order, entry);
    }

    /** The return details recorded when the episode entered RETURN, if it did. */
    private ReturnDetails returnDetails() {
        return changes.stream()
                .map(PhaseChange::returnDetails)
                .filter(details -> details != null)
                .findFirst()
                .orElse(null);
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    MigrationPhase phase() {
        return phase;
    }

    boolean isOpen() {
        return closedOn == null;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    long version() {
        return version;
    }

    Journey journey() {
        return new Journey(
                type,
                originCountry,
                originLocality,
                destinationCountry,
                destinationLocality,
                plannedDepartureDate,
                departureDate,
                plannedReturnDate,
                returnDate);
    }
}
