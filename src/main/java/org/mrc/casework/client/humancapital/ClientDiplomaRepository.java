package org.mrc.casework.client.humancapital;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ClientDiplomaRepository implements PanacheRepositoryBase<ClientDiploma, UUID> {

    /** The client's diplomas with their recognition histories (one query), in the order they were recorded. */
    List<ClientDiploma> ofClient(UUID clientId) {
        return getEntityManager()
                .createQuery(
                        "select distinct d from ClientDiploma d left join fetch d.recognitions"
                                + " where d.clientId = :client order by d.id",
                        ClientDiploma.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** One of the client's diplomas; another client's is treated as absent. */
    Optional<ClientDiploma> findOf(UUID clientId, UUID id) {
        return find("id = ?1 and clientId = ?2", id, clientId).firstResultOptional();
    }

    long countOf(UUID clientId) {
        return count("clientId", clientId);
    }
}
