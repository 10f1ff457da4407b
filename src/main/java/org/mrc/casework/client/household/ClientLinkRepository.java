package org.mrc.casework.client.household;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ClientLinkRepository implements PanacheRepositoryBase<ClientLink, UUID> {

    /** Every link of a client, from either side: active ones first, then ended ones, each in recording order. */
    List<ClientLink> ofClient(UUID clientId) {
        return list(
                "(clientId = ?1 or relatedClientId = ?1) order by case when until is null then 0 else 1 end, id",
                clientId);
    }

    /** The active link between two clients, whichever side it was recorded on. */
    Optional<ClientLink> activeBetween(UUID one, UUID other) {
        return find(
                        "until is null and ((clientId = ?1 and relatedClientId = ?2)"
                                + " or (clientId = ?2 and relatedClientId = ?1))",
                        one,
                        other)
                .firstResultOptional();
    }
}
