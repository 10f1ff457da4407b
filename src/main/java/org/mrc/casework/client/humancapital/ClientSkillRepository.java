package org.mrc.casework.client.humancapital;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ClientSkillRepository implements PanacheRepositoryBase<ClientSkill, UUID> {

    /** The client's skills, in the order they were recorded. */
    List<ClientSkill> ofClient(UUID clientId) {
        return list("clientId", Sort.by("id"), clientId);
    }

    /** One of the client's skills; another client's is treated as absent. */
    Optional<ClientSkill> findOf(UUID clientId, UUID id) {
        return find("id = ?1 and clientId = ?2", id, clientId).firstResultOptional();
    }

    long countOf(UUID clientId) {
        return count("clientId", clientId);
    }
}
