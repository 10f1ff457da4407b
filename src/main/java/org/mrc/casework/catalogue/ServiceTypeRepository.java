package org.mrc.casework.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.TerritorySide;

@ApplicationScoped
class ServiceTypeRepository implements PanacheRepositoryBase<ServiceType, UUID> {

    Optional<ServiceType> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Service types matching every given filter (null means any), in code order, after {@code afterCode}. */
    List<ServiceType> page(
            ServicePhase phase,
            ServiceCategory category,
            TerritorySide side,
            Boolean active,
            String afterCode,
            int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from service_type where true");
        List<Object> params = new ArrayList<>();
        if (phase != null) {
            params.add(phase.name());
            sql.append(" and ?").append(params.size()).append(" = any(phases)");
        }
        if (category != null) {
            params.add(category.name());
            sql.append(" and category = ?").append(params.size());
        }
        if (side != null) {
            // a service offered on both sides is offered on each side
            params.add(side.name());
            sql.append(" and (side = ?").append(params.size()).append(" or side = 'BOTH')");
        }
        if (active != null) {
            params.add(active);
            sql.append(" and active = ?").append(params.size());
        }
        if (afterCode != null) {
            params.add(afterCode);
            sql.append(" and code > ?").append(params.size());
        }
        params.add(fetchSize);
        sql.append(" order by code limit ?").append(params.size());
        Query query = getEntityManager().createNativeQuery(sql.toString(), ServiceType.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<ServiceType> rows = query.getResultList();
        return rows;
    }

    /** The codes of the service types of these tiers. */
    @SuppressWarnings("unchecked")
    List<String> codesOfTiers(List<Tier> tiers) {
        return getEntityManager()
                .createNativeQuery("select code from service_type where tier = any(cast(?1 as text[]))")
                .setParameter(1, tiers.stream().map(Tier::name).toArray(String[]::new))
                .getResultList();
    }

    /** The ids of the service types serving a phase (active or not: old offerings keep their type). */
    List<UUID> idsServing(ServicePhase phase) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("select id from service_type where ?1 = any(phases)")
                .setParameter(1, phase.name())
                .getResultList();
        return ids;
    }
}
