package org.mrc.casework.subjectaccess;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.AuditEntryView;
import org.mrc.casework.audit.AuditLog;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.client.ClientView;
import org.mrc.casework.client.episode.EpisodeService;
import org.mrc.casework.client.episode.EpisodeView;
import org.mrc.casework.client.household.HouseholdService;
import org.mrc.casework.client.household.HouseholdView;
import org.mrc.casework.client.humancapital.HumanCapitalService;
import org.mrc.casework.client.merge.ClientMergeService;
import org.mrc.casework.client.merge.ClientMergeView;
import org.mrc.casework.client.schooling.SchoolingService;
import org.mrc.casework.client.schooling.SchoolingView;
import org.mrc.casework.consent.ConsentService;
import org.mrc.casework.consent.ConsentView;
import org.mrc.casework.handover.HandoverService;
import org.mrc.casework.handover.HandoverView;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.referral.ReferralDisclosureView;
import org.mrc.casework.referral.ReferralService;
import org.mrc.casework.servicelog.GroupSessionService;
import org.mrc.casework.servicelog.ServiceDeliveryView;
import org.mrc.casework.servicelog.ServiceLogService;

/**
 * Assembles the subject-access report of one client in one transaction, for staff whose offices cover the owning
 * office, who must state a coded purpose ({@link ClientAccess#readWhole}); the read is audited with that purpose like
 * any other. The parts come from the features holding them through their {@code ClientRef}-taking methods, which
 * write no audit entry of their own: the report is one access, recorded once.
 */
@ApplicationScoped
public class SubjectAccessService {

    /**
     * Every table holding rows about a client, with the member of the report that shows them. The schema test walks
     * the foreign keys that lead to {@code client} and requires each table it finds to be named here (or excluded
     * there with a reason), so that a new table of personal data cannot be left out of the report unnoticed.
     */
    public static final Map<String, String> TABLES = Map.ofEntries(
            entry("client", "client"),
            entry("client_rectification", "rectifications"),
            entry("migration_episode", "episodes"),
            entry("phase_change", "episodes"),
            entry("client_link", "household"),
            entry("client_diploma", "humanCapital"),
            entry("diploma_recognition", "humanCapital"),
            entry("client_skill", "humanCapital"),
            entry("client_language", "humanCapital"),
            entry("client_employment", "humanCapital"),
            entry("consent", "consents"),
            entry("service_delivery", "services"),
            entry("group_session_attendee", "sessionsAttended"),
            entry("referral", "referrals"),
            entry("referral_event", "referrals"),
            entry("case_handover", "handovers"),
            entry("client_merge", "merges"),
            entry("journey_leg", "episodes"),
            entry("child_schooling", "schooling"));

    private final ClientAccess access;
    private final ClientService clients;
    private final EpisodeService episodes;
    private final HouseholdService households;
    private final HumanCapitalService humanCapital;
    private final ConsentService consents;
    private final ServiceLogService services;
    private final GroupSessionService sessions;
    private final ReferralService referrals;
    private final HandoverService handovers;
    private final ClientMergeService merges;
    private final SchoolingService schooling;
    private final AuditLog audit;
    private final SubjectAccessConfig config;
    private final Clock clock;

    SubjectAccessService(
            ClientAccess access,
            ClientService clients,
            EpisodeService episodes,
            HouseholdService households,
            HumanCapitalService humanCapital,
            ConsentService consents,
            ServiceLogService services,
            GroupSessionService sessions,
            ReferralService referrals,
            HandoverService handovers,
            ClientMergeService merges,
            SchoolingService schooling,
            AuditLog audit,
            SubjectAccessConfig config,
            Clock clock) {
        this.access = access;
        this.clients = clients;
        this.episodes = episodes;
        this.households = households;
        this.humanCapital = humanCapital;
        this.consents = consents;
        this.services = services;
        this.sessions = sessions;
        this.referrals = referrals;
        this.handovers = handovers;
        this.merges = merges;
        this.schooling = schooling;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The report of one client. {@code reason} is the raw {@code X-Access-Reason} header, required; staff of other
     * offices, partners and every other role are told the client does not exist (404) or refused by role (403).
     */
    @Transactional
    @Audited(action = "client.subject-access", resource = "client")
    public SubjectAccessReport report(UUID clientId, String reason) {
        ClientRef client = access.readWhole(clientId, reason);
        boolean withStaff = config.showStaff();
        ClientView record = clients.wholeRecord(client);
        List<EpisodeView> episodeList = episodes.wholeHistory(client);
        HouseholdView household = households.household(client);
        List<ConsentView> consentList = consents.all(client);
        List<ServiceDeliveryView> serviceList = services.all(client);
        List<ReferralDisclosureView> referralList = referrals.disclosures(client);
        List<HandoverView> handoverList = handovers.ofClient(client);
        List<ClientMergeView> mergeList = merges.mergesOf(client);
        List<SchoolingView> schoolingList = schooling.all(client);

        // the audit trail names records by id: the client's own and every record of theirs the report lists
        Set<UUID> records = new LinkedHashSet<>();
        records.add(clientId);
        episodeList.forEach(e -> records.add(e.id()));
        household.links().forEach(l -> records.add(l.id()));
        consentList.forEach(c -> records.add(c.id()));
        serviceList.forEach(s -> records.add(s.id()));
        referralList.forEach(r -> records.add(r.referral().id()));
        handoverList.forEach(h -> records.add(h.id()));
        mergeList.forEach(m -> records.add(m.id()));
        schoolingList.forEach(c -> records.add(c.id()));
        List<AccessEntry> accesses = audit.about(records).stream()
                .map(entry -> accessEntry(entry, withStaff))
                .toList();

        return new SubjectAccessReport(
                clock.instant(),
                clientId,
                record.reference(),
                record,
                clients.rectifications(client, withStaff),
                episodeList,
                household,
                humanCapital.read(client),
                consentList,
                serviceList,
                sessions.attendedBy(client),
                referralList,
                handoverList,
                mergeList,
                schoolingList,
                accesses);
    }

    private static AccessEntry accessEntry(AuditEntryView entry, boolean withStaff) {
        return new AccessEntry(
                entry.occurredAt(),
                entry.action(),
                entry.outcome().name(),
                entry.actorRoles(),
                entry.actorOffice(),
                entry.actorPartner(),
                entry.reasonCode(),
                entry.reason(),
                withStaff ? entry.actorSubject() : null);
    }
}
