package org.mrc.casework.client.episode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.client.SubStage;
import org.mrc.casework.shared.validation.CountryCode;

/** The requests that open, move and close migration episodes, named by intent. */
public final class EpisodeRequests {

    /** Longest phase-change note; notes may hold personal data and are never logged. */
    static final int MAX_NOTE = 2000;

    /** Most legs one journey records. */
    static final int MAX_LEGS = 30;

    private EpisodeRequests() {}

    @Schema(
            name = "OpenEpisode",
            description = "Opens a journey for a client who has no open episode. It starts in the given phase (default"
                    + " PRE_DECISION) on effectiveDate (default today) and is linked to the client's latest episode.")
    public record OpenEpisode(
            @NotNull @Schema(example = "LABOUR") EpisodeType type,
            @CountryCode @Schema(example = "PH") String originCountry,
            @Size(max = 200) @Schema(example = "Lipa City") String originLocality,
            @CountryCode @Schema(example = "SA") String destinationCountry,
            @Size(max = 200) @Schema(example = "Riyadh") String destinationLocality,
            LocalDate plannedDepartureDate,

            @Schema(description = "Actual departure; filled from the first move to TRANSIT or MIGRATION when absent")
            LocalDate departureDate,

            LocalDate plannedReturnDate,

            @Schema(description = "Actual return; filled from the move to RETURN when absent")
            LocalDate returnDate,

            @Schema(description = "Phase the episode starts in (default PRE_DECISION)", example = "PRE_DECISION")
            MigrationPhase phase,

            SubStage subStage,

            @Schema(description = "Since when the client is in that phase (default today)")
            LocalDate effectiveDate,

            @Size(max = MAX_NOTE) @Schema(description = "May hold personal data (S1; S2 when confidential)")
            String note,

            @Schema(description = "The note is highly sensitive (S2): only the owning office sees it")
            Boolean confidentialNote,

            @Valid @Schema(description = "Required when the episode starts in RETURN, refused otherwise")
            ReturnDetails returnDetails,

            @Schema(description = "If given, must be the client's latest episode (it is linked in any case)")
            UUID previousEpisodeId,

            @Valid
            @Size(max = MAX_LEGS)
            @Schema(
                    description = "The legs of the journey in order; when absent, a destination country is recorded"
                            + " as a journey of one leg")
            List<@NotNull @Valid Leg> legs) {}

    @Schema(
            name = "JourneyLegInput",
            description = "One leg of a journey: a country, its dates and what the person did there; optionally the"
                    + " permit held (S2) and the social-security contributions paid (S1)")
    public record Leg(
            @NotNull @CountryCode @Schema(example = "SA") String country,
            @Size(max = 200) @Schema(example = "Riyadh") String locality,

            @Schema(description = "Required on every leg but the first (which may start with the journey)")
            LocalDate fromDate,

            @Schema(description = "Absent while the leg goes on; only the last leg may be open")
            LocalDate toDate,

            @NotNull @Schema(example = "WORK") LegActivity activity,
            @Valid ResidencePermit permit,
            @Valid SocialSecurityContributions contributions) {}

    @Schema(
            name = "RecordJourneyLegs",
            description = "Replaces the legs of a journey. Legs are in journey order and do not overlap (one may start"
                    + " on the day the previous one ends); an empty list removes them.")
    public record RecordJourneyLegs(
            @NotNull @Size(max = MAX_LEGS) @Valid List<@NotNull @Valid Leg> legs) {}

    @Schema(
            name = "ChangePhase",
            description = "Appends a dated phase change. Only the moves the phase graph allows are accepted, and"
                    + " dates cannot go backwards within an episode.")
    public record ChangePhase(
            @NotNull @Schema(example = "MIGRATION") MigrationPhase phase,
            @Schema(example = "ARRIVAL") SubStage subStage,

            @Schema(description = "When the change happened (default today)")
            LocalDate effectiveDate,

            @Size(max = MAX_NOTE) @Schema(description = "May hold personal data (S1; S2 when confidential)")
            String note,

            @Schema(description = "The note is highly sensitive (S2): only the owning office sees it")
            Boolean confidentialNote,

            @Valid @Schema(description = "Required when entering RETURN, refused otherwise")
            ReturnDetails returnDetails) {}

    @Schema(name = "CloseEpisode", description = "Ends an episode that is in RETURN or NOT_MIGRATING")
    public record CloseEpisode(
            @NotNull @Schema(example = "2026-03-31") LocalDate closedOn) {}

    @Schema(
            name = "NextSeason",
            description = "Opens the next season of circular migration after a closed episode: a SEASONAL episode"
                    + " with the same origin and destination, in PRE_DEPARTURE. Every field is optional.")
    public record NextSeason(
            @Schema(description = "Start of the new episode (default today)")
            LocalDate effectiveDate,

            LocalDate plannedDepartureDate,
            LocalDate plannedReturnDate,

            @Size(max = MAX_NOTE) @Schema(description = "May hold personal data (S1)")
            String note) {}
}
