package org.mrc.casework.servicelog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ServiceDeliveryRepository implements PanacheRepositoryBase<ServiceDelivery, UUID> {

    /** Every service delivered to a client (for the timeline; a client has few), but those of {@code hiddenTypes}. */
    List<ServiceDelivery> allOf(UUID clientId, Set<String> hiddenTypes) {
        return hiddenTypes.isEmpty()
                ? list("clientId = ?1 order by deliveredOn, id", clientId)
                : list("clientId = ?1 and serviceTypeCode not in ?2 order by deliveredOn, id", clientId, hiddenTypes);
    }

    /**
     * One page of a client's services, latest delivered first, leaving out those of the {@code hiddenTypes} in the
     * query (so that page sizes and cursors do not betray them); the cursor is the last (date, id) of the page.
     */
    List<ServiceDelivery> page(
            UUID clientId, Set<String> hiddenTypes, LocalDate beforeDate, UUID beforeId, int fetchSize) {
        StringBuilder query = new StringBuilder("clientId = :client");
        Map<String, Object> params = new HashMap<>(Map.of("client", clientId));
        if (!hiddenTypes.isEmpty()) {
            query.append(" and serviceTypeCode not in :hidden");
            params.put("hidden", hiddenTypes);
        }
        if (beforeDate != null) {
            query.append(" and (deliveredOn < :beforeDate or (deliveredOn = :beforeDate and id < :beforeId))");
            params.put("beforeDate", beforeDate);
            params.put("beforeId", beforeId);
        }
        return find(query.append(" order by deliveredOn desc, id desc").toString(), params)
                .range(0, fetchSize - 1)
                .list();
    }
}
