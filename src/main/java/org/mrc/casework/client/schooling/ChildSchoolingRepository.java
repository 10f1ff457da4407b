package org.mrc.casework.client.schooling;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ChildSchoolingRepository implements PanacheRepositoryBase<ChildSchooling, UUID> {

    /** The child's statuses, latest first. */
    List<ChildSchooling> ofClient(UUID clientId) {
        return list("clientId = ?1 order by since desc, recordedAt desc, id desc", clientId);
    }

    /**
     * Whether the client has a household member (link active on {@code today}, either side) who migrated: in TRANSIT
     * or MIGRATION now, or abroad in contact with the centre (EMIGRANT_DIASPORA).
     */
    boolean hasMigrantMember(UUID clientId, LocalDate today) {
        Object found = getEntityManager()
                .createNativeQuery("select exists (select 1 from client_link l"
                        + " join client m on m.id = case when l.client_id = ?1 then l.related_client_id"
                        + " else l.client_id end"
                        + " where (l.client_id = ?1 or l.related_client_id = ?1)"
                        + " and (l.since is null or l.since <= ?2) and (l.until is null or l.until > ?2)"
                        + " and m.merged_into is null"
                        + " and (m.current_phase in ('TRANSIT', 'MIGRATION')"
                        + " or 'EMIGRANT_DIASPORA' = any (m.roles)))")
                .setParameter(1, clientId)
                .setParameter(2, today)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }
}
