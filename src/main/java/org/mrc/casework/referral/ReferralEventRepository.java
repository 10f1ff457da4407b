package org.mrc.casework.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ReferralEventRepository implements PanacheRepositoryBase<ReferralEvent, UUID> {

    List<ReferralEvent> history(UUID referralId) {
        return list("referralId = ?1 order by occurredAt, id", referralId);
    }
}
