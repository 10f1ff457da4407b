package org.mrc.casework.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Observes withdrawals the way the referral feature will, so tests can see what was published. */
@ApplicationScoped
public class WithdrawalRecorder {

    private final List<ConsentWithdrawn> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ConsentWithdrawn event) {
        seen.add(event);
    }

    public List<ConsentWithdrawn> of(UUID consentId) {
        return seen.stream().filter(e -> e.consentId().equals(consentId)).toList();
    }
}
