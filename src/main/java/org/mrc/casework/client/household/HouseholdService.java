package org.mrc.casework.client.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mrc.casework.audit.AuditEvent;
import org.mrc.casework.audit.AuditLog;
import org.mrc.casework.audit.AuditOutcome;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.http.RequestIds;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.DatabaseFaults;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Household links between clients: recording, ending and reading them. A link changes two households, so writes
 * need write access to both clients and are audited on both. Reads follow the client's read grant (household data
 * is S1, so out-of-scope staff with a stated reason may read it); the related people are shown by
 * {@link HouseholdMember}'s rule, whatever the grant over the client.
 */
@ApplicationScoped
public class HouseholdService {

    static final ProblemType ALREADY_LINKED =
            new ProblemType("household-link-exists", 409, "These two clients already have an active household link");

    private static final String ACTIVE_PAIR_CONSTRAINT = "client_link_active_pair";

    private final ClientService clients;
    private final ClientLinkRepository links;
    private final ClientAccess access;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final AuditLog auditLog;
    private final Clock clock;

    HouseholdService(
            ClientService clients,
            ClientLinkRepository links,
            ClientAccess access,
            Idempotency idempotency,
            CurrentCaller caller,
            AuditLog auditLog,
            Clock clock) {
        this.clients = clients;
        this.links = links;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Links another client to {@code clientId}. Both must be writable by the caller (else 404); a client cannot be
     * linked to themselves (400) and two clients have at most one active link (409 naming it).
     */
    @Transactional
    @Audited(action = "household.link", resource = "client")
    public Idempotency.Outcome<HouseholdLinkView> link(
            UUID clientId, HouseholdRequests.LinkHouseholdMember request, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(
                idempotencyKey, me.subject(), List.of(clientId, request), id -> link(clientId, id, null), () -> {
                    ClientLink link = ClientLink.record(
                            clientId,
                            request.relatedClientId(),
                            request.type(),
                            request.residence(),
                            request.since(),
                            clock.instant());
                    UUID relatedId = request.relatedClientId();
                    access.write(clientId, relatedId);
                    links.activeBetween(clientId, relatedId).ifPresent(HouseholdService::alreadyLinked);
                    try {
                        links.persistAndFlush(link);
                    } catch (PersistenceException e) {
                        if (DatabaseFaults.violates(e, ACTIVE_PAIR_CONSTRAINT)) {
                            // a concurrent request linked the same two clients first
                            throw alreadyLinkedConcurrently();
                        }
                        throw e;
                    }
                    auditRelated(me, "household.link", relatedId);
                    return HouseholdLinkView.of(link, clientId, member(relatedId), Tier.S2);
                });
    }

    /** Ends an active link on {@code until}, if it is still at {@code expectedVersion}; it stays in the history. */
    @Transactional
    @Audited(action = "household.end", resource = "client")
    public HouseholdLinkView end(
            UUID clientId, UUID linkId, long expectedVersion, HouseholdRequests.EndHouseholdLink request) {
        Caller me = caller.get();
        // not yours (404) or merged away (409) before anything about the link is revealed; the locks are then
        // taken in order, and the merged check repeated under them
        access.read(clientId, null).requireNotMerged();
        UUID relatedId = linkOf(clientId, linkId).seenFrom(clientId).otherClientId();
        access.write(clientId, relatedId);
        ClientLink link = linkOf(clientId, linkId);
        if (link.active()) {
            // ending an ended link is a 409 whatever ETag it carries
            IfMatch.check(expectedVersion, link.version());
        }
        link.end(request.until());
        links.flush();
        auditRelated(me, "household.end", relatedId);
        return HouseholdLinkView.of(link, clientId, member(relatedId), Tier.S2);
    }

    /**
     * Every link of the client, active and ended, each with the related person's summary: one read. A link is
     * household data about both people, so a link with a minor is S2 (domain section 4): a reader below S2 does not
     * learn it exists, whether the minor is the client or the relative.
     */
    @Transactional
    @Audited(action = "household.read", resource = "client")
    public HouseholdView household(UUID clientId, String reason) {
        return household(access.read(clientId, reason));
    }

    /**
     * {@link #household(UUID, String)} for a caller that has obtained {@code client} from ClientAccess and audits the
     * read itself (the subject-access report).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HouseholdView household(ClientRef client) {
        UUID clientId = client.id();
        Tier ceiling = client.ceiling();
        List<ClientLink> all = links.ofClient(clientId);
        Set<UUID> relatedIds = all.stream()
                .map(link -> link.seenFrom(clientId).otherClientId())
                .collect(Collectors.toSet());
        Map<UUID, ClientService.Person> related = clients.people(relatedIds);
        Set<UUID> mine = access.withinScope(relatedIds);
        List<HouseholdLinkView> views = new ArrayList<>();
        for (ClientLink link : all) {
            UUID otherId = link.seenFrom(clientId).otherClientId();
            ClientService.Person other = related.get(otherId);
            boolean aboutAMinor = client.aboutAMinor() || other.minor();
            if (visible(ceiling, aboutAMinor)) {
                views.add(HouseholdLinkView.of(
                        link,
                        clientId,
                        HouseholdMember.of(other.summary(), mine.contains(otherId)),
                        ceiling,
                        aboutAMinor));
            }
        }
        return HouseholdView.of(clientId, views, ceiling, client.aboutAMinor());
    }

    /** One link of the client, seen from the client; a link with a minor does not exist for readers below S2. */
    @Transactional
    @Audited(action = "household.read", resource = "client")
    public HouseholdLinkView link(UUID clientId, UUID linkId, String reason) {
        ClientRef client = access.read(clientId, reason);
        Tier ceiling = client.ceiling();
        ClientLink link = linkOf(clientId, linkId);
        UUID otherId = link.seenFrom(clientId).otherClientId();
        ClientService.Person other = person(otherId);
        boolean aboutAMinor = client.aboutAMinor() || other.minor();
        if (!visible(ceiling, aboutAMinor)) {
            throw ApiException.notFound("household link");
        }
        boolean inCallerScope = !access.withinScope(Set.of(otherId)).isEmpty();
        return HouseholdLinkView.of(
                link, clientId, HouseholdMember.of(other.summary(), inCallerScope), ceiling, aboutAMinor);
    }

    /** Household data (S1) about a minor is S2: only a reader who reaches S2 learns such a link exists. */
    private static boolean visible(Tier ceiling, boolean aboutAMinor) {
        return Projection.effectiveTier(Tier.S1, aboutAMinor).within(ceiling);
    }

    /** The related person of a link the caller has just written: in the caller's scope, so their summary. */
    private HouseholdMember member(UUID relatedId) {
        return HouseholdMember.of(person(relatedId).summary(), true);
    }

    private ClientService.Person person(UUID id) {
        ClientService.Person person = clients.people(Set.of(id)).get(id);
        if (person == null) {
            throw ApiException.notFound("client");
        }
        return person;
    }

    /** Ending or creating a link also changes the related client's household: their trail shows it too. */
    private void auditRelated(Caller me, String action, UUID relatedId) {
        auditLog.append(new AuditEvent(me, action, "client", relatedId, RequestIds.current(), AuditOutcome.SUCCESS));
    }

    private ClientLink linkOf(UUID clientId, UUID linkId) {
        return links.findByIdOptional(linkId)
                .filter(link -> link.involves(clientId))
                .orElseThrow(() -> ApiException.notFound("household link"));
    }

    private static void alreadyLinked(ClientLink existing) {
        throw ApiException.conflict(
                ALREADY_LINKED,
                "End the active link before recording another one between the same clients",
                Map.of("linkId", existing.id()));
    }

    private static ApiException alreadyLinkedConcurrently() {
        return ApiException.conflict(
                ALREADY_LINKED, "End the active link before recording another one between the same clients", Map.of());
    }

    /**
     * Whether the two clients have an active household link now (for features that move household members with a
     * client); no access check and no audit: the caller has checked write access to both.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean linkedNow(UUID clientId, UUID otherId) {
        return links.activeBetween(clientId, otherId).isPresent();
    }
}
