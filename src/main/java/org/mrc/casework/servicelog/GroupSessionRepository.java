package org.mrc.casework.servicelog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class GroupSessionRepository implements PanacheRepositoryBase<GroupSession, UUID> {

    /** Every session the client attended (for the timeline), leaving out those of the {@code hiddenTypes}. */
    List<GroupSession> attendedBy(UUID clientId, Set<String> hiddenTypes) {
        return hiddenTypes.isEmpty()
                ? find(
                                "select s from GroupSession s join s.attendees a where a.clientId = ?1"
                                        + " order by s.heldOn, s.id",
                                clientId)
                        .list()
                : find(
                                "select s from GroupSession s join s.attendees a where a.clientId = ?1"
                                        + " and s.serviceTypeCode not in ?2 order by s.heldOn, s.id",
                                clientId,
                                hiddenTypes)
                        .list();
    }

    /** One page of the sessions of {@code offices}, latest first, filtered; the cursor is the last (date, id). */
    List<GroupSession> page(
            Collection<UUID> offices,
            LocalDate from,
            LocalDate to,
            String serviceTypeCode,
            LocalDate beforeDate,
            UUID beforeId,
            int fetchSize) {
        List<String> where = new ArrayList<>(List.of("officeId in :offices"));
        Map<String, Object> params = new HashMap<>(Map.of("offices", offices));
        if (from != null) {
            where.add("heldOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("heldOn <= :to");
            params.put("to", to);
        }
        if (serviceTypeCode != null) {
            where.add("serviceTypeCode = :type");
            params.put("type", serviceTypeCode);
        }
        if (beforeDate != null) {
            where.add("(heldOn < :beforeDate or (heldOn = :beforeDate and id < :beforeId))");
            params.put("beforeDate", beforeDate);
            params.put("beforeId", beforeId);
        }
        return find(String.join(" and ", where) + " order by heldOn desc, id desc", params)
                .range(0, fetchSize - 1)
                .list();
    }
}
