package org.mrc.casework.client.episode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EpisodeRepository implements PanacheRepositoryBase<MigrationEpisode, UUID> {

    /** The open episode of a client, if any (at most one: the database enforces it too). */
    Optional<MigrationEpisode> openOf(UUID clientId) {
        return find("clientId = ?1 and closedOn is null", clientId).firstResultOptional();
    }

    /** The client's most recently opened episode; episodes are opened in date order, so it is the latest. */
    Optional<MigrationEpisode> latestOf(UUID clientId) {
        return find("clientId", Sort.descending("id"), clientId).firstResultOptional();
    }

    /** One page of a client's episodes in the order they were opened, after {@code afterId} (null: from the start). */
    List<MigrationEpisode> pageOf(UUID clientId, UUID afterId, int fetchSize) {
        return (afterId == null
                        ? find("clientId = ?1", Sort.ascending("id"), clientId)
                        : find("clientId = ?1 and id > ?2", Sort.ascending("id"), clientId, afterId))
                .page(0, fetchSize)
                .list();
    }

    List<MigrationEpisode> allOf(UUID clientId) {
        return list("clientId", Sort.ascending("id"), clientId);
    }
}
