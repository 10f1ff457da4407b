package org.mrc.casework.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
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

    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Appends an entry in the current transaction: if it cannot be written, the audited action fails with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEvent event) {
        em.persist(AuditEntry.record(event));
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
        return Page.of(rows, page.limit(), e -> ENTRIES.at(e.seq())).map(AuditEntry::view);
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
        return rows.stream().map(AuditEntry::view).toList();
    }

    private static void add(StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
