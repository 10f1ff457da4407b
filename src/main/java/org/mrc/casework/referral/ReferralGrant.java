package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.consent.ConsentCheck;
import org.mrc.casework.consent.ConsentPurpose;
import org.mrc.casework.consent.ConsentService;
import org.mrc.casework.privacy.AccessGrant;
import org.mrc.casework.privacy.Tier;

/**
 * While a referral to an office's in-house offering is open (sent, not yet closed), that office reads the client's
 * S0 and S1 data without an access reason; S2 only while a REFERRAL_SHARING consent naming that very office covers
 * the S2 categories. The grant ends with the referral (completed, rejected, failed, cancelled).
 */
@ApplicationScoped
class ReferralGrant implements AccessGrant {

    static final String PURPOSE = "INTERNAL_REFERRAL";

    private final ReferralRepository referrals;
    private final ConsentCheck consent;
    private final Clock clock;

    ReferralGrant(ReferralRepository referrals, ConsentCheck consent, Clock clock) {
        this.referrals = referrals;
        this.consent = consent;
        this.clock = clock;
    }

    @Override
    public Optional<Granted> grantedTo(UUID clientId, Set<UUID> offices) {
        return referrals.openToOffices(clientId, offices).stream()
                .map(referral -> new Granted(ceiling(clientId, referral.providerOfficeId()), PURPOSE, referral.id()))
                .max(Comparator.comparing(Granted::ceiling));
    }

    private Tier ceiling(UUID clientId, UUID office) {
        boolean s2Consented = consent.missingForOffice(
                        clientId,
                        office,
                        ConsentService.SENSITIVE_CATEGORIES,
                        ConsentPurpose.REFERRAL_SHARING,
                        clock.instant())
                .isEmpty();
        return s2Consented ? Tier.S2 : Tier.S1;
    }
}
