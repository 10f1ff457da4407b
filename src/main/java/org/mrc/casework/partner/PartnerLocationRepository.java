package org.mrc.casework.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PartnerLocationRepository implements PanacheRepositoryBase<PartnerLocation, UUID> {

    List<PartnerLocation> ofPartner(UUID partnerId) {
        return list("partnerId = ?1 order by id", partnerId);
    }
}
