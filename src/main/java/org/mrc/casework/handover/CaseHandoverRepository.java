package org.mrc.casework.handover;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class CaseHandoverRepository implements PanacheRepositoryBase<CaseHandover, UUID> {

    Optional<CaseHandover> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    boolean pendingFor(UUID clientId) {
        return count("clientId = ?1 and status = ?2", clientId, HandoverStatus.PROPOSED) > 0;
    }

    /** The handovers of a client, as the subject or as a member moving with it, in proposal order. */
    List<CaseHandover> ofClient(UUID clientId) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from case_handover where client_id = ?1 or ?1 = any (member_ids)"
                                + " order by proposed_at, id",
                        CaseHandover.class)
                .setParameter(1, clientId)
                .getResultList()
                .stream()
                .map(CaseHandover.class::cast)
                .toList();
    }

    /** Proposed handovers to one of the offices that concern the client (as subject or member). */
    List<CaseHandover> proposedTo(UUID clientId, Set<UUID> offices) {
        return list("status = ?1 and toOfficeId in ?2", HandoverStatus.PROPOSED, offices).stream()
                .filter(h -> h.clientId().equals(clientId) || h.memberIds().contains(clientId))
                .toList();
    }

    /** A page of the handovers to ({@code incoming}) or from the offices, in these statuses, newest first. */
    List<CaseHandover> page(Set<UUID> offices, boolean incoming, Set<HandoverStatus> statuses, UUID before, int size) {
        String side = incoming ? "toOfficeId" : "fromOfficeId";
        if (before == null) {
            return find(side + " in ?1 and status in ?2 order by id desc", offices, statuses)
                    .page(0, size)
                    .list();
        }
        return find(side + " in ?1 and status in ?2 and id < ?3 order by id desc", offices, statuses, before)
                .page(0, size)
                .list();
    }
}
