package org.mrc.casework.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ClientRectificationRepository implements PanacheRepositoryBase<ClientRectification, UUID> {

    /** The client's corrections, oldest first. */
    List<ClientRectification> ofClient(UUID clientId) {
        return list("clientId", Sort.ascending("rectifiedAt", "id"), clientId);
    }
}
