package org.mrc.casework.client.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.audit.AuditEvent;
import org.mrc.casework.audit.AuditLog;
import org.mrc.casework.audit.AuditOutcome;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.client.MigrationPhase;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.RequestIds;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Merging duplicate client records without destroying anything: the duplicate keeps its row and points to the
 * survivor, the records hanging off it move to the survivor, and the merge remembers exactly which rows moved so
 * that undoing it puts them back.
 */
@ApplicationScoped
public class ClientMergeService {

    static final ProblemType TWO_OPEN_EPISODES = new ProblemType(
            "merge-two-open-episodes", 409, "Both records have an open migration episode; close one first");
    static final ProblemType MERGE_UNDONE = new ProblemType("merge-undone", 409, "This merge was already undone");

    /**
     * The records that move with a merge: a kind, its table and client column, and the condition under which a row
     * stays with the duplicate (a client records a language once; a household link must not become a link of the
     * survivor to itself, nor a second active link between the same two people).
     */
    private record Movable(String kind, String table, String column, String unless) {}

    private static final String OTHER_SIDE_OF_LINK = "case when client_link.client_id = :duplicate"
            + " then client_link.related_client_id else client_link.client_id end";
    private static final String LINK_STAYS = OTHER_SIDE_OF_LINK + " = :survivor or (client_link.until is null and"
            + " exists (select 1 from client_link other where other.until is null and other.id <> client_link.id"
            + " and least(other.client_id, other.related_client_id) = least(:survivor, " + OTHER_SIDE_OF_LINK + ")"
            + " and greatest(other.client_id, other.related_client_id) = greatest(:survivor, " + OTHER_SIDE_OF_LINK
            + ")))";

    private static final List<Movable> MOVABLE = List.of(
            new Movable("episodes", "migration_episode", "client_id", "false"),
            new Movable("diplomas", "client_diploma", "client_id", "false"),
            new Movable("skills", "client_skill", "client_id", "false"),
            new Movable(
                    "languages",
                    "client_language",
                    "client_id",
                    "language in (select language from client_language where client_id = :survivor)"),
            new Movable("employment", "client_employment", "client_id", "false"),
            new Movable("householdLinks", "client_link", "client_id", LINK_STAYS),
            new Movable("householdLinksAsRelative", "client_link", "related_client_id", LINK_STAYS),
            // the corrections of the duplicate's record and a child's school history are the person's, read on the
            // survivor (subject access, the schooling report)
            new Movable("rectifications", "client_rectification", "client_id", "false"),
            new Movable("schoolStatuses", "child_schooling", "client_id", "false"));

    /** Every {@code table.column} naming a client whose rows a merge moves to the survivor. */
    static java.util.Set<String> movedColumns() {
        return MOVABLE.stream()
                .map(m -> m.table() + "." + m.column())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private final ClientService clients;
    private final ClientAccess access;
    private final CurrentCaller caller;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;

    ClientMergeService(
            ClientService clients,
            ClientAccess access,
            CurrentCaller caller,
            AuditLog audit,
            EntityManager em,
            Clock clock) {
        this.clients = clients;
        this.em = em;
        this.access = access;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** Merges {@code duplicateId} into {@code survivorId}; both must be in the caller's scope. */
    @Transactional
    @Audited(action = "client.merge", resource = "client")
    public ClientMergeView merge(UUID survivorId, MergeClients request) {
        UUID duplicateId = request.duplicateId();
        if (survivorId.equals(duplicateId)) {
            throw ApiException.invalid(FieldError.body("$.duplicateId", "must be another client"));
        }
        Map<UUID, ClientRef> locked = access.writeEvenIfMerged(survivorId, duplicateId);
        ClientRef survivor = locked.get(survivorId);
        ClientRef duplicate = locked.get(duplicateId);
        survivor.requireNotMerged();
        duplicate.requireNotMerged();
        if (openEpisodes(survivorId) > 0 && openEpisodes(duplicateId) > 0) {
            throw ApiException.conflict(TWO_OPEN_EPISODES, "Close one of the open episodes, then merge", Map.of());
        }
        Map<String, List<UUID>> moved = new LinkedHashMap<>();
        for (Movable movable : MOVABLE) {
            moved.put(movable.kind(), move(movable, duplicateId, survivorId));
        }
        clients.mergeInto(duplicate, survivorId);
        syncPhase(survivor);
        syncPhase(duplicate);
        ClientMerge merge =
                ClientMerge.record(survivorId, duplicateId, moved, caller.get().subject(), clock.instant());
        em.persist(merge);
        em.flush();
        auditAlso(duplicateId, "client.merged-away");
        return merge.view();
    }

    /** Puts back exactly the rows the merge moved and makes the duplicate a record of its own again. */
    @Transactional
    @Audited(action = "client.unmerge", resource = "client-merge")
    public ClientMergeView undo(UUID mergeId, UUID clientId) {
        ClientMerge merge = find(mergeId, clientId);
        Map<UUID, ClientRef> locked = access.writeEvenIfMerged(merge.survivorId(), merge.mergedId());
        // a merge is undone from the survivor's record: the merged-away one takes no writes, this one included
        locked.get(clientId).requireNotMerged();
        locked.get(merge.survivorId()).requireNotMerged();
        if (merge.undone()) {
            throw ApiException.conflict(MERGE_UNDONE, "Nothing to undo", Map.of());
        }
        for (Movable movable : MOVABLE) {
            List<UUID> ids = merge.moved().getOrDefault(movable.kind(), List.of());
            if (!ids.isEmpty()) {
                em.createNativeQuery("update " + movable.table() + " set " + movable.column() + " = :duplicate"
                                + " where id = any(cast(:ids as uuid[])) and " + movable.column() + " = :survivor")
                        .setParameter("duplicate", merge.mergedId())
                        .setParameter("survivor", merge.survivorId())
                        .setParameter("ids", ids.toArray(UUID[]::new))
                        .executeUpdate();
            }
        }
        ClientRef survivor = locked.get(merge.survivorId());
        ClientRef duplicate = locked.get(merge.mergedId());
        clients.unmerge(duplicate);
        syncPhase(survivor);
        syncPhase(duplicate);
        merge.undo(caller.get().subject(), clock.instant());
        em.flush();
        auditAlso(merge.survivorId(), "client.unmerged");
        auditAlso(merge.mergedId(), "client.unmerged");
        return merge.view();
    }

    /** One merge in which the client took part. */
    @Transactional
    @Audited(action = "client.merge.read", resource = "client-merge")
    public ClientMergeView get(UUID clientId, UUID mergeId) {
        access.read(clientId, null);
        return find(mergeId, clientId).view();
    }

    private ClientMerge find(UUID mergeId, UUID clientId) {
        ClientMerge merge = em.find(ClientMerge.class, mergeId);
        if (merge == null
                || !(merge.survivorId().equals(clientId) || merge.mergedId().equals(clientId))) {
            throw ApiException.notFound("merge");
        }
        return merge;
    }

    /** Merges in which the client took part, survivor or duplicate, newest first. */
    @Transactional
    @Audited(action = "client.merge.list", resource = "client")
    public List<ClientMergeView> mergesOf(UUID clientId) {
        return mergesOf(access.read(clientId, null));
    }

    /**
     * {@link #mergesOf(UUID)} for a caller that has obtained {@code client} from ClientAccess and audits the read
     * itself (the subject-access report).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ClientMergeView> mergesOf(ClientRef client) {
        UUID clientId = client.id();
        return em
                .createQuery(
                        "select m from ClientMerge m where m.survivorId = :id or m.mergedId = :id"
                                + " order by m.mergedAt desc",
                        ClientMerge.class)
                .setParameter("id", clientId)
                .getResultList()
                .stream()
                .map(ClientMerge::view)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> move(Movable movable, UUID from, UUID to) {
        return em.createNativeQuery("update " + movable.table() + " set " + movable.column() + " = :survivor"
                        + " where " + movable.column() + " = :duplicate and not (" + movable.unless() + ")"
                        + " returning id")
                .setParameter("survivor", to)
                .setParameter("duplicate", from)
                .getResultList();
    }

    private long openEpisodes(UUID clientId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from migration_episode where client_id = :id and closed_on is null")
                        .setParameter("id", clientId)
                        .getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private void syncPhase(ClientRef client) {
        List<String> phases = em.createNativeQuery(
                        "select current_phase from migration_episode where client_id = :id and closed_on is null")
                .setParameter("id", client.id())
                .getResultList();
        clients.phaseChanged(client, phases.isEmpty() ? null : MigrationPhase.valueOf(phases.get(0)));
    }

    /** The interceptor records the addressed record; the other record of the pair gets its own entry. */
    private void auditAlso(UUID clientId, String action) {
        audit.append(
                new AuditEvent(caller.get(), action, "client", clientId, RequestIds.current(), AuditOutcome.SUCCESS));
    }
}
