package org.mrc.casework.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;

/** Writes and reads the append-only audit trail. */
@ApplicationScoped
public class AuditLog {

    private static final Cursor.Shape ENTRIES = Cursor.shape("audit-entries", Cursor.Key.LONG);

    private final EntityManager em;
    private final Clock clock;

    public AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Appends an entry in the current transaction: if it cannot be written, the audited action fails with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEvent event) {
        AuditEntry entry = AuditEntry.record(event, clock.instant());
        em.persist(entry);
        if (event.reason() != null) {
            em.createNativeQuery("insert into access_justification (entry_id, justification) values (?1, ?2)")
                    .setParameter(1, entry.id())
                    .setParameter(2, event.reason())
                    .executeUpdate();
        }
        em.flush();
    }

    /** Appends an entry in a transaction of its own, for attempts whose own transaction is rolled back. */
    public void appendIndependently(AuditEvent event) {
        QuarkusTransaction.requiringNew().run(() -> append(event));
    }

    /** The entries matching {@code query}, newest first. Reading the trail is itself audited. */
    @Transactional
    @Audited(action = "audit.search", resource = "audit")
    public Page<AuditEntryView> find(AuditQuery query, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        add(jpql, params, "e.actorSubject = :actor", "actor", query.actor());
        add(jpql, params, "e.action = :action", "action", query.action());
        add(jpql, params, "e.resourceType = :resourceType", "resourceType", query.resourceType());
        add(jpql, params, "e.resourceId = :resourceId", "resourceId", query.resourceId());
        add(jpql, params, "e.outcome = :outcome", "outcome", query.outcome());
        add(jpql, params, "e.occurredAt >= :from", "from", query.from());
        add(jpql, params, "e.occurredAt < :to", "to", query.to());
        Cursor after = page.after(ENTRIES);
        if (after != null) {
            add(jpql, params, "e.seq < :afterSeq", "afterSeq", after.number(0));
        }
        jpql.append(" order by e.seq desc");
        TypedQuery<AuditEntry> typed = em.createQuery(jpql.toString(), AuditEntry.class);
        params.forEach(typed::setParameter);
        List<AuditEntry> rows =
                new ArrayList<>(typed.setMaxResults(page.fetchSize()).getResultList());
        Map<UUID, String> justifications =
                justifications(rows.stream().map(AuditEntry::id).toList());
        return Page.of(rows, page.limit(), e -> ENTRIES.at(e.seq())).map(e -> e.view(justifications.get(e.id())));
    }

    /**
     * Deletes the free-text justifications of the entries about these records (an erasure): the entries stay, with
     * their coded purpose and the digest of the text.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseJustifications(Collection<UUID> resourceIds) {
        if (resourceIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("delete from access_justification where entry_id in"
                        + " (select id from audit_entry where resource_id in (?1))")
                .setParameter(1, List.copyOf(resourceIds))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String> justifications(List<UUID> entryIds) {
        Map<UUID, String> found = new HashMap<>();
        if (entryIds.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "select entry_id, justification from access_justification" + " where entry_id in (?1)")
                .setParameter(1, entryIds)
                .getResultList();
        rows.forEach(row -> found.put((UUID) row[0], (String) row[1]));
        return found;
    }

    /**
     * Every entry about one of these records, oldest first, for the subject-access report (which audits its own
     * read): who reached the person's records, when, and with which stated purpose.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntryView> about(Collection<UUID> resourceIds) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        // the ids are bound as one array: one statement text however many records the person has
        @SuppressWarnings("unchecked")
        List<AuditEntry> rows = em.createNativeQuery(
                        "select * from audit_entry where resource_id = any(cast(?1 as uuid[])) order by seq",
                        AuditEntry.class)
                .setParameter(1, resourceIds.toArray(UUID[]::new))
                .getResultList();
        // the purpose code says why; the staff's free-text justification stays out (it can name other people)
        return rows.stream().map(e -> e.view(null)).toList();
    }

    private static void add(StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
