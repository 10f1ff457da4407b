package org.mrc.casework.subjectaccess;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.client.RectificationView;
import org.mrc.casework.client.episode.EpisodeView;
import org.mrc.casework.client.household.HouseholdView;
import org.mrc.casework.client.humancapital.HumanCapitalView;
import org.mrc.casework.client.merge.ClientMergeView;
import org.mrc.casework.client.schooling.SchoolingView;
import org.mrc.casework.consent.ConsentView;
import org.mrc.casework.handover.HandoverView;
import org.mrc.casework.referral.ReferralDisclosureView;
import org.mrc.casework.servicelog.ServiceDeliveryView;
import org.mrc.casework.servicelog.SessionAttendanceView;

/**
 * Everything the centre holds about one person, at every tier, and who reached it: the answer to a subject-access
 * request (GDPR Art. 15). Lists are complete (not paged) and empty when nothing is held.
 */
@Schema(name = "SubjectAccessReport")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "generatedAt",
    "clientId",
    "reference",
    "client",
    "rectifications",
    "episodes",
    "household",
    "humanCapital",
    "consents",
    "services",
    "sessionsAttended",
    "referrals",
    "handovers",
    "merges",
    "accesses"
})
public record SubjectAccessReport(
        Instant generatedAt,
        UUID clientId,
        @Schema(example = "BTG-2026-000123") String reference,

        @Schema(description = "The client record, every tier")
        ClientView client,

        @Schema(description = "Corrections of the client record, oldest first")
        List<RectificationView> rectifications,

        @Schema(description = "Migration episodes with their phase history")
        List<EpisodeView> episodes,

        @Schema(description = "Household links, active and ended")
        HouseholdView household,

        @Schema(description = "Diplomas, skills, languages and employment")
        HumanCapitalView humanCapital,

        @Schema(description = "Consents, current, expired and withdrawn, newest first")
        List<ConsentView> consents,

        @Schema(description = "Services delivered, oldest first")
        List<ServiceDeliveryView> services,

        @Schema(description = "Group sessions attended, oldest first")
        List<SessionAttendanceView> sessionsAttended,

        @Schema(description = "Referrals with their history and what each recipient receives, newest first")
        List<ReferralDisclosureView> referrals,

        @Schema(description = "Case handovers between offices")
        List<HandoverView> handovers,

        @Schema(description = "Merges of duplicate records this record took part in")
        List<ClientMergeView> merges,

        @Schema(description = "A child's school statuses (children left behind), latest first")
        List<SchoolingView> schooling,

        @Schema(description = "Who reached the person's records, when and why, oldest first")
        List<AccessEntry> accesses) {}
