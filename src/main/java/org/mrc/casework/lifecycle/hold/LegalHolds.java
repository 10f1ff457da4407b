package org.mrc.casework.lifecycle.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Whether clients are under a legal hold today: placed, not released, and not past its end date. */
@ApplicationScoped
public class LegalHolds {

    private final EntityManager em;

    LegalHolds(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean held(UUID clientId, LocalDate today) {
        return !heldAmong(List.of(clientId), today).isEmpty();
    }

    /** Of these clients, those under a hold on {@code today}. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<UUID> heldAmong(Collection<UUID> clientIds, LocalDate today) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNativeQuery("select distinct client_id from legal_hold where client_id in (?1)"
                        + " and released_at is null and ends_on >= ?2")
                .setParameter(1, List.copyOf(clientIds))
                .setParameter(2, today)
                .getResultList());
    }
}
