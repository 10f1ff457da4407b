package org.mrc.casework.client.timeline;

import static org.mrc.casework.privacy.DataCategory.MIGRATION_HISTORY;
import static org.mrc.casework.privacy.Tier.S0;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Sensitive;

/**
 * One dated event in a client's history. The shape is generic so that other kinds of events (referrals, services
 * delivered) can join the timeline: {@code kind} says what happened and {@code details} holds that kind's
 * representation, already cut to what the caller may see.
 */
@Schema(name = "TimelineEntry")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TimelineEntry(
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) @Schema(example = "PHASE_CHANGED")
        Kind kind,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY) LocalDate date,
        @Sensitive(tier = S0, category = MIGRATION_HISTORY) UUID episodeId,

        @Sensitive(tier = S0, category = MIGRATION_HISTORY)
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = DETAILS_KIND)
        @Schema(
                ref = "TimelineDetails",
                description = "EPISODE_OPENED: an EpisodeOpening; PHASE_CHANGED: a PhaseChange; EPISODE_CLOSED:"
                        + " absent; SERVICE_DELIVERED: a ServiceDelivery; SESSION_ATTENDED: a SessionAttendance"
                        + " (those two have no episodeId); REFERRAL_STATUS_CHANGED: a ReferralTimelineDetails;"
                        + " CASE_HANDED_OVER: a HandoverTimelineDetails."
                        + " Its detailsKind names which, so a client picks exactly one type. Already cut to the"
                        + " caller's tier.")
        Object details) {

    /**
     * The member of {@code details} that names its type (the entry's kind, as each details record declares with
     * {@code @JsonTypeName}); the union and its mapping are declared in the package-info of {@code org.mrc.casework}.
     */
    public static final String DETAILS_KIND = "detailsKind";

    /** What a timeline entry records; later features add their kinds (referrals, services delivered). */
    @Schema(name = "TimelineEntryKind")
    public enum Kind {
        EPISODE_OPENED,
        PHASE_CHANGED,
        EPISODE_CLOSED,
        SERVICE_DELIVERED,
        SESSION_ATTENDED,
        REFERRAL_STATUS_CHANGED,
        CASE_HANDED_OVER
    }
}
