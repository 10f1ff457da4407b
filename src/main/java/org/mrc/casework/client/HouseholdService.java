package org.mrc.casework.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;
import org.mrc.casework.audit.AuditEvent;
import org.mrc.casework.audit.AuditLog;
import org.mrc.casework.audit.AuditOutcome;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.http.RequestIds;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;
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

    private final ClientRepository clients;
    private final ClientLinkRepository links;
    private final ClientAccess access;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    HouseholdService(
            ClientRepository clients,
            ClientLinkRepository links,
            ClientAccess access,
            Idempotency idempotency,
            CurrentCaller caller,
            AuditLog auditLog) {
        this.clients = clients;
        this.links = links;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    /**
     * Links another client to {@code clientId}. Both must be writable by the caller (else 404); a client cannot be
     * linked to themselves (400) and two clients have at most one active link (409 naming it).
     */
    @Transactional
    @Audited(action = "household.link", resource = "client")
    public Idempotency.Outcome<HouseholdLinkView> link(
            UUID clientId, HouseholdRequests.LinkHouseholdMember request, String idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(
                idempotencyKey,
                me.subject(),
                "household.link",
                List.of(clientId, request),
                id -> link(clientId, id, null),
                () -> {
                    ClientLink link = ClientLink.record(
                            clientId, request.relatedClientId(), request.type(), request.residence(), request.since());
                    Map<UUID, Client> both = access.forWrite(clientId, request.relatedClientId());
                    Client client = both.get(clientId);
                    Client related = both.get(request.relatedClientId());
                    links.activeBetween(clientId, related.id()).ifPresent(HouseholdService::alreadyLinked);
                    try {
                        links.persistAndFlush(link);
                    } catch (PersistenceException e) {
                        if (isActivePairViolation(e)) {
                            // a concurrent request linked the same two clients first
                            throw alreadyLinkedConcurrently();
                        }
                        throw e;
                    }
                    auditRelated(me, "household.link", related.id());
                    return HouseholdLinkView.of(link, client.id(), HouseholdMember.of(related, true), Tier.S2);
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
        access.reach(clientId, null).client().requireNotMerged();
        UUID relatedId = linkOf(clientId, linkId).seenFrom(clientId).otherClientId();
        Client related = access.forWrite(clientId, relatedId).get(relatedId);
        ClientLink link = linkOf(clientId, linkId);
        if (link.active()) {
            // ending an ended link is a 409 whatever ETag it carries
            IfMatch.check(expectedVersion, link.version());
        }
        link.end(request.until());
        links.flush();
        auditRelated(me, "household.end", related.id());
        return HouseholdLinkView.of(link, clientId, HouseholdMember.of(related, true), Tier.S2);
    }

    /**
     * Every link of the client, active and ended, each with the related person's summary: one read. A link is
     * household data about both people, so a link with a minor is S2 (domain section 4): a reader below S2 does not
     * learn it exists, whether the minor is the client or the relative.
     */
    @Transactional
    @Audited(action = "household.read", resource = "client")
    public HouseholdView household(UUID clientId, String reason) {
        ClientAccess.Reached reached = access.reach(clientId, reason);
        Tier ceiling = reached.ceiling();
        LocalDate today = LocalDate.now(clock);
        boolean clientIsMinor = reached.client().minorOn(today);
        List<ClientLink> all = links.ofClient(clientId);
        Map<UUID, Client> related = relatedClients(clientId, all);
        Predicate<Client> mine = access.withinScope();
        List<HouseholdLinkView> views = new ArrayList<>();
        for (ClientLink link : all) {
            Client other = related.get(link.seenFrom(clientId).otherClientId());
            boolean aboutAMinor = clientIsMinor || other.minorOn(today);
            if (visible(ceiling, aboutAMinor)) {
                views.add(HouseholdLinkView.of(
                        link, clientId, HouseholdMember.of(other, mine.test(other)), ceiling, aboutAMinor));
            }
        }
        return HouseholdView.of(clientId, views, ceiling, clientIsMinor);
    }

    /** One link of the client, seen from the client; a link with a minor does not exist for readers below S2. */
    @Transactional
    @Audited(action = "household.read", resource = "client")
    public HouseholdLinkView link(UUID clientId, UUID linkId, String reason) {
        ClientAccess.Reached reached = access.reach(clientId, reason);
        Tier ceiling = reached.ceiling();
        Client client = reached.client();
        ClientLink link = linkOf(clientId, linkId);
        Client other = find(link.seenFrom(clientId).otherClientId());
        LocalDate today = LocalDate.now(clock);
        boolean aboutAMinor = client.minorOn(today) || other.minorOn(today);
        if (!visible(ceiling, aboutAMinor)) {
            throw ApiException.notFound("household link");
        }
        return HouseholdLinkView.of(
                link, clientId, HouseholdMember.of(other, access.withinScope().test(other)), ceiling, aboutAMinor);
    }

    /** Household data (S1) about a minor is S2: only a reader who reaches S2 learns such a link exists. */
    private static boolean visible(Tier ceiling, boolean aboutAMinor) {
        return Projection.effectiveTier(Tier.S1, aboutAMinor).within(ceiling);
    }

    private Map<UUID, Client> relatedClients(UUID clientId, List<ClientLink> all) {
        if (all.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = all.stream()
                .map(link -> link.seenFrom(clientId).otherClientId())
                .collect(Collectors.toSet());
        return clients.list("id in ?1", ids).stream().collect(Collectors.toMap(Client::id, Function.identity()));
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

    private Client find(UUID id) {
        return clients.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("client"));
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

    private static boolean isActivePairViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && ACTIVE_PAIR_CONSTRAINT.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
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
