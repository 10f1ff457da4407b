package org.mrc.casework.servicelog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ServiceDeliveryRepository implements PanacheRepositoryBase<ServiceDelivery, UUID> {

    /** Every service delivered to a client (for the timeline; a client has few). */
    List<ServiceDelivery> allOf(UUID clientId) {
        return list("clientId = ?1 order by deliveredOn, id", clientId);
    }

    /** One page of a client's services, latest delivered first; the cursor is the last (date, id) of the page. */
    List<ServiceDelivery> page(UUID clientId, LocalDate beforeDate, UUID beforeId, int fetchSize) {
        return beforeDate == null
                ? find("clientId = ?1 order by deliveredOn desc, id desc", clientId)
                        .range(0, fetchSize - 1)
                        .list()
                : find(
                                "clientId = ?1 and (deliveredOn < ?2 or (deliveredOn = ?2 and id < ?3))"
                                        + " order by deliveredOn desc, id desc",
                                clientId,
                                beforeDate,
                                beforeId)
                        .range(0, fetchSize - 1)
                        .list();
    }
}
