package org.mrc.casework.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PartnerRepository implements PanacheRepositoryBase<PartnerOrganisation, UUID> {

    /** Partners matching every given filter (null means any), in id order, after {@code afterId}. */
    List<PartnerOrganisation> page(PartnerType type, Boolean active, UUID afterId, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from partner_organisation where true");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            params.add(type.name());
            sql.append(" and ?").append(params.size()).append(" = any(types)");
        }
        if (active != null) {
            params.add(active);
            sql.append(" and active = ?").append(params.size());
        }
        if (afterId != null) {
            params.add(afterId);
            sql.append(" and id > ?").append(params.size());
        }
        params.add(fetchSize);
        sql.append(" order by id limit ?").append(params.size());
        Query query = getEntityManager().createNativeQuery(sql.toString(), PartnerOrganisation.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<PartnerOrganisation> rows = query.getResultList();
        return rows;
    }
}
