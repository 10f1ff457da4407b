package org.mrc.casework.client.humancapital;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ClientLanguageRepository implements PanacheRepositoryBase<ClientLanguage, UUID> {

    /** The client's languages, in the order they were recorded. */
    List<ClientLanguage> ofClient(UUID clientId) {
        return list("clientId", Sort.by("id"), clientId);
    }

    /** One of the client's languages; another client's is treated as absent. */
    Optional<ClientLanguage> findOf(UUID clientId, UUID id) {
        return find("id = ?1 and clientId = ?2", id, clientId).firstResultOptional();
    }

    /** The client's entry for {@code language}, if one is recorded. */
    Optional<ClientLanguage> findByLanguage(UUID clientId, String language) {
        return find("clientId = ?1 and language = ?2", clientId, language).firstResultOptional();
    }

    long countOf(UUID clientId) {
        return count("clientId", clientId);
    }
}
