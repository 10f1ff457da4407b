package org.mrc.casework.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** One page of a client's consents, newest recorded first; {@code before} is the last id of the previous page. */
    List<Consent> page(UUID clientId, UUID before, int fetchSize) {
        return before == null
                ? find("clientId = ?1 order by id desc", clientId)
                        .range(0, fetchSize - 1)
                        .list()
                : find("clientId = ?1 and id < ?2 order by id desc", clientId, before)
                        .range(0, fetchSize - 1)
                        .list();
    }

    /** Every consent of a client for a purpose, current or not (a client has few). */
    List<Consent> forPurpose(UUID clientId, ConsentPurpose purpose) {
        return list("clientId = ?1 and purpose = ?2 order by id", clientId, purpose);
    }

    Optional<Consent> ofClient(UUID clientId, UUID consentId) {
        return findByIdOptional(consentId).filter(consent -> consent.clientId().equals(clientId));
    }
}
