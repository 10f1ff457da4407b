package org.mrc.casework.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** The subscription if it belongs to this owner (a partner id, or null for internal subscriptions). */
    Optional<WebhookSubscription> owned(UUID id, UUID owner) {
        return findByIdOptional(id).filter(s -> Objects.equals(s.partnerId(), owner));
    }

    List<WebhookSubscription> ofOwner(UUID owner, UUID after, int limit) {
        String ownerClause = owner == null ? "partnerId is null" : "partnerId = :owner";
        String query = ownerClause + (after == null ? "" : " and id > :after") + " order by id";
        Map<String, Object> params = new HashMap<>();
        if (owner != null) {
            params.put("owner", owner);
        }
        if (after != null) {
            params.put("after", after);
        }
        return find(query, params).page(0, limit).list();
    }

    long countOf(UUID owner) {
        return owner == null ? count("partnerId is null") : count("partnerId = ?1", owner);
    }
}
