package org.mrc.casework.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Test-only: a write whose audit row is too long for its column, so the audit insert fails. */
@ApplicationScoped
public class AuditFailureProbe {

    private final EntityManager em;

    public AuditFailureProbe(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @Audited(
            action = "probe.an-action-name-far-longer-than-the-sixty-four-characters-the-column-allows",
            resource = "office")
    public void insertOfficeWithUnwritableAudit(String code) {
        em.createNativeQuery("""
                        insert into office (id, code, name, kind, country, active, created_at, updated_at, version)
                        values (?1, ?2, 'Probe', 'RESOURCE_CENTRE', 'PH', true, now(), now(), 0)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, code)
                .executeUpdate();
    }
}
