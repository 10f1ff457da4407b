package org.mrc.casework.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.privacy.DataCategory;

@ApplicationScoped
class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /**
     * One page of a client's consents, newest recorded first, leaving out (in the query, so that page sizes and
     * cursors do not betray them) those that list one of {@code hiddenCategories} or name one of
     * {@code hiddenRecipients}; {@code before} is the last id of the previous page.
     */
    List<Consent> page(
            UUID clientId, Set<DataCategory> hiddenCategories, Set<UUID> hiddenRecipients, UUID before, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from consent where client_id = ?1");
        List<Object> params = new ArrayList<>(List.of(clientId));
        // the hidden sets are bound as arrays: one statement text whatever they hold
        params.add(hiddenCategories.stream().map(DataCategory::name).toArray(String[]::new));
        sql.append(" and not (data_categories && cast(?").append(params.size()).append(" as text[]))");
        params.add(hiddenRecipients.toArray(UUID[]::new));
        sql.append(" and (recipient_partner_id is null or recipient_partner_id <> all(cast(?")
                .append(params.size())
                .append(" as uuid[])))");
        if (before != null) {
            params.add(before);
            sql.append(" and id < ?").append(params.size());
        }
        params.add(fetchSize);
        sql.append(" order by id desc limit ?").append(params.size());
        Query query = getEntityManager().createNativeQuery(sql.toString(), Consent.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Consent> rows = query.getResultList();
        return rows;
    }

    /** Every consent of a client for a purpose, current or not (a client has few). */
    List<Consent> forPurpose(UUID clientId, ConsentPurpose purpose) {
        return list("clientId = ?1 and purpose = ?2 order by id", clientId, purpose);
    }

    Optional<Consent> ofClient(UUID clientId, UUID consentId) {
        return findByIdOptional(consentId).filter(consent -> consent.clientId().equals(clientId));
    }
}
