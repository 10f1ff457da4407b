package org.mrc.casework.office;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class OfficeRepository implements PanacheRepositoryBase<Office, UUID> {

    Optional<Office> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** These offices in code order, through one statement whatever the number of ids. */
    @SuppressWarnings("unchecked")
    List<Office> byIdsInCodeOrder(Collection<UUID> ids) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from office where id = any(cast(?1 as uuid[])) order by code", Office.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
    }

    /** The office and every office below it, at any depth. */
    Set<UUID> subtreeOf(UUID root) {
        @SuppressWarnings("unchecked")
        List<UUID> ids =
                getEntityManager().createNativeQuery("""
                        with recursive subtree(id) as (
                            select id from office where id = ?1
                            union
                            select o.id from office o join subtree s on o.parent_id = s.id
                        )
                        select id from subtree""").setParameter(1, root).getResultList();
        return Set.copyOf(ids);
    }

    /** {@link #subtreeOf} the active office with this code; empty when there is none. */
    Set<UUID> subtreeOfActiveCode(String code) {
        @SuppressWarnings("unchecked")
        List<UUID> ids =
                getEntityManager().createNativeQuery("""
                        with recursive subtree(id) as (
                            select id from office where code = ?1 and active
                            union
                            select o.id from office o join subtree s on o.parent_id = s.id
                        )
                        select id from subtree""").setParameter(1, code).getResultList();
        return Set.copyOf(ids);
    }

    /**
     * Serialises changes to the shape of the tree, so two concurrent moves cannot together create a cycle that
     * each alone would not.
     */
    void lockTreeShape() {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('office-tree'))")
                .getSingleResult();
    }

    boolean hasActiveChildren(UUID id) {
        return count("parentId = ?1 and active = true", id) > 0;
    }

    List<Office> page(UUID parentId, Boolean active, String afterCode, int fetchSize) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (parentId != null) {
            query.append(" and parentId = :parentId");
            params.put("parentId", parentId);
        }
        if (active != null) {
            query.append(" and active = :active");
            params.put("active", active);
        }
        if (afterCode != null) {
            query.append(" and code > :afterCode");
            params.put("afterCode", afterCode);
        }
        query.append(" order by code");
        return find(query.toString(), params).range(0, fetchSize - 1).list();
    }
}
