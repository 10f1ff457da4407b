package org.mrc.casework.servicelog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.Sex;

/** The requests of the service log, named by intent. */
public final class ServiceLogRequests {

    private ServiceLogRequests() {}

    @Schema(
            name = "RecordService",
            description = "A service delivered to the client. The provider is an office (default: the client's"
                    + " office) or a partner organisation, never both.")
    public record RecordService(
            @NotBlank @Size(max = 64) @Schema(description = "An active catalogue code", example = "LANGUAGE_COURSE")
            String serviceType,

            @NotNull @Schema(description = "Never in the future", example = "2026-03-02")
            LocalDate deliveredOn,

            @Schema(description = "The delivering office, in the caller's scope")
            UUID officeId,

            @Schema(description = "The delivering partner organisation")
            UUID partnerId,

            @Schema(description = "The referral this service fulfils, if any")
            UUID referralId,

            @Min(0) @Max(100_000) @Schema(example = "90") Integer durationMinutes,

            @Min(0) @Max(100_000) @Schema(description = "Sessions, items or other units delivered", example = "1")
            Integer units,

            @Size(max = 2000) @Schema(description = "Free text; sensitive (S1)")
            String note) {}

    @Schema(
            name = "RecordGroupSession",
            description = "A group session or outreach event of an office in the caller's scope, with optional"
                    + " anonymous headcounts; attendees are added afterwards.")
    public record RecordGroupSession(
            @NotNull @Schema(example = "SESSION") SessionKind kind,

            @NotBlank
            @Size(max = 64)
            @Schema(description = "An active catalogue code", example = "PRE_DEPARTURE_ORIENTATION")
            String serviceType,

            @Schema(description = "The owning office, in the caller's scope (default: the caller's own office)")
            UUID officeId,

            @NotNull @Schema(description = "Never in the future", example = "2026-03-02")
            LocalDate heldOn,

            @NotBlank @Size(max = 200) @Schema(example = "Community hall, Barangay 4")
            String place,

            @Size(max = 200) @Schema(example = "Batangas City")
            String locality,

            @Size(max = 200)
            @Schema(description = "Who facilitated; a team or role is enough", example = "Orientation team")
            String facilitator,

            @Size(max = 24) List<@NotNull @Valid HeadcountCell> headcounts) {}

    @Schema(name = "HeadcountCell", description = "How many people of one sex and age band, not registered")
    public record HeadcountCell(
            @NotNull @Schema(example = "FEMALE") Sex sex,

            @NotNull
            @Schema(
                    example = "15-24",
                    enumeration = {"0-14", "15-24", "25-34", "35-49", "50-64", "65+"})
            String ageBand,

            @NotNull @Min(0) @Max(100_000) @Schema(example = "12")
            Integer people) {}

    @Schema(name = "ReplaceHeadcounts", description = "Every headcount of the session; cells not named count zero")
    public record ReplaceHeadcounts(@NotNull @Size(max = 24) List<@NotNull @Valid HeadcountCell> cells) {}

    @Schema(name = "AddAttendee", description = "A registered client who attended; must be in the caller's scope")
    public record AddAttendee(@NotNull UUID clientId) {}

    /** What a partner reports of a service it delivered for a referral addressed to it. */
    @Schema(name = "RecordReferralService")
    public record RecordReferralService(
            @NotNull @Schema(description = "Never in the future", example = "2026-03-02")
            LocalDate deliveredOn,

            @Min(0) @Max(100_000) @Schema(example = "90") Integer durationMinutes,

            @Min(0) @Max(100_000) @Schema(description = "Sessions, items or other units delivered", example = "1")
            Integer units,

            @Size(max = 2000) @Schema(example = "Module 1 of the B1 course attended")
            String note) {}
}
