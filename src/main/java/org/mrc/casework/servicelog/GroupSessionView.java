package org.mrc.casework.servicelog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.Sex;
import org.mrc.casework.shared.Identified;
import org.mrc.casework.shared.Versioned;

/**
 * A group session as staff of its office's scope read it. It holds no personal data beyond attendee ids (S0, shown
 * only in the single-session read and to staff in scope), so it is not cut by tier.
 */
@Schema(name = "GroupSession")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupSessionView(
        UUID id,
        UUID officeId,
        @Schema(example = "SESSION") SessionKind kind,
        @Schema(example = "PRE_DEPARTURE_ORIENTATION") String serviceType,
        UUID serviceTypeId,
        LocalDate heldOn,
        @Schema(example = "Community hall, Barangay 4") String place,
        @Schema(example = "Batangas City") String locality,
        @Schema(example = "Orientation team") String facilitator,

        @Schema(description = "The registered clients who attended (single-session read only)")
        List<Attendee> attendees,

        Integer attendeeCount,

        @Schema(description = "Anonymous headcounts of people who are not registered; absent cells count zero")
        List<Count> headcounts,

        Integer anonymousCount,

        @Schema(description = "Attendees plus anonymous headcounts")
        Integer totalCount,

        String recordedBy,
        Instant recordedAt,
        Long version)
        implements Identified, Versioned {

    @Schema(name = "GroupSessionAttendee", description = "A client by id and case reference only")
    public record Attendee(
            UUID clientId,
            @Schema(example = "MRC-2026-000123") String reference) {}

    @Schema(name = "GroupSessionHeadcount")
    public record Count(
            @Schema(example = "FEMALE") Sex sex,
            @Schema(example = "15-24") String ageBand,
            @Schema(example = "12") Integer people) {}
}
