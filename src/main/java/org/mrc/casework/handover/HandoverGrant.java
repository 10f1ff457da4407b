package org.mrc.casework.handover;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.privacy.AccessGrant;
import org.mrc.casework.privacy.Tier;

/**
 * While a handover is proposed, the receiving office reads the client and the members moving with it up to S1, so
 * that it can decide; the grant ends with the answer (accepted: the case is theirs; declined or withdrawn: nothing).
 */
@ApplicationScoped
class HandoverGrant implements AccessGrant {

    static final String PURPOSE = "CASE_HANDOVER";

    private final CaseHandoverRepository handovers;

    HandoverGrant(CaseHandoverRepository handovers) {
        this.handovers = handovers;
    }

    @Override
    public Optional<Granted> grantedTo(UUID clientId, Set<UUID> offices) {
        return handovers.proposedTo(clientId, offices).stream()
                .findFirst()
                .map(h -> new Granted(Tier.S1, PURPOSE, h.id()));
    }
}
