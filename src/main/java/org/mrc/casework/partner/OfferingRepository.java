package org.mrc.casework.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class OfferingRepository implements PanacheRepositoryBase<Offering, UUID> {

    /** What an offering search may filter on; null members match anything. */
    record Search(
            String serviceTypeCode,
            Collection<UUID> serviceTypeIds,
            String language,
            String locality,
            OfferingStatus status,
            UUID partnerId,
            UUID providerOfficeId) {}

    List<Offering> page(Search search, UUID afterId, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from offering where true");
        List<Object> params = new ArrayList<>();
        if (search.serviceTypeCode() != null) {
            params.add(search.serviceTypeCode());
            sql.append(" and service_type_code = ?").append(params.size());
        }
        if (search.serviceTypeIds() != null) {
            if (search.serviceTypeIds().isEmpty()) {
                return List.of();
            }
            params.add(search.serviceTypeIds().toArray(UUID[]::new));
            sql.append(" and service_type_id = any(cast(?")
                    .append(params.size())
                    .append(" as uuid[]))");
        }
        if (search.language() != null) {
            params.add(search.language());
            sql.append(" and ?").append(params.size()).append(" = any(languages)");
        }
        if (search.locality() != null) {
            params.add(search.locality());
            sql.append(" and lower(locality) = lower(?").append(params.size()).append(")");
        }
        if (search.status() != null) {
            params.add(search.status().name());
            sql.append(" and status = ?").append(params.size());
        }
        if (search.partnerId() != null) {
            params.add(search.partnerId());
            sql.append(" and partner_id = ?").append(params.size());
        }
        if (search.providerOfficeId() != null) {
            params.add(search.providerOfficeId());
            sql.append(" and provider_office_id = ?").append(params.size());
        }
        if (afterId != null) {
            params.add(afterId);
            sql.append(" and id > ?").append(params.size());
        }
        params.add(fetchSize);
        sql.append(" order by id limit ?").append(params.size());
        Query query = getEntityManager().createNativeQuery(sql.toString(), Offering.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Offering> rows = query.getResultList();
        return rows;
    }

    /** Active offerings of active providers, in the country when given, of no hidden type, by id after {@code after}. */
    @SuppressWarnings("unchecked")
    List<Offering> candidates(String country, Set<String> hidden, UUID after, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select o.* from offering o"
                                + " left join partner_organisation p on p.id = o.partner_id"
                                + " left join office f on f.id = o.provider_office_id"
                                + " where o.status = 'ACTIVE' and coalesce(p.active, f.active)"
                                + " and (cast(?1 as text) is null or o.country = ?1)"
                                + " and not o.service_type_code = any(cast(?2 as text[]))"
                                + " and (cast(?3 as uuid) is null or o.id > ?3)"
                                + " order by o.id limit ?4",
                        Offering.class)
                .setParameter(1, country)
                .setParameter(2, hidden.toArray(String[]::new))
                .setParameter(3, after)
                .setParameter(4, limit)
                .getResultList();
    }

    /**
     * Active offerings of active providers in a territory: in-house at one of {@code offices}, or at a location in
     * one of {@code localities} (lower case), in {@code countries}; by service type, then id.
     */
    @SuppressWarnings("unchecked")
    List<Offering> inTerritory(Set<UUID> offices, Set<String> localities, Set<String> countries) {
        return getEntityManager()
                .createNativeQuery(
                        "select o.* from offering o"
                                + " left join partner_organisation p on p.id = o.partner_id"
                                + " left join office f on f.id = o.provider_office_id"
                                + " where o.status = 'ACTIVE' and coalesce(p.active, f.active)"
                                + " and (o.provider_office_id = any(cast(?1 as uuid[]))"
                                + " or (o.partner_id is not null and lower(o.locality) = any(cast(?2 as text[]))"
                                + " and o.country = any(cast(?3 as text[]))))"
                                + " order by o.service_type_code, o.id",
                        Offering.class)
                .setParameter(1, offices.toArray(UUID[]::new))
                .setParameter(2, localities.toArray(String[]::new))
                .setParameter(3, countries.toArray(String[]::new))
                .getResultList();
    }

    /** Keeps the copied place of every offering at a location in step with the location. */
    void relocate(UUID locationId, String country, String locality) {
        update("country = ?1, locality = ?2 where locationId = ?3", country, locality, locationId);
    }

    /** The partners that offer (or offered: any status) a service of one of these types. */
    @SuppressWarnings("unchecked")
    List<UUID> partnersOffering(Set<String> serviceTypeCodes) {
        return getEntityManager()
                .createNativeQuery("select distinct partner_id from offering where partner_id is not null"
                        + " and service_type_code = any(cast(?1 as text[]))")
                .setParameter(1, serviceTypeCodes.toArray(String[]::new))
                .getResultList();
    }
}
