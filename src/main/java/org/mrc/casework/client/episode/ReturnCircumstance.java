package org.mrc.casework.client.episode;

import org.mrc.casework.privacy.Tier;

/**
 * Why a person came back. AVRR and deportation are different things and are never merged. Each circumstance
 * declares its tier here, once: an expulsion is highly sensitive (S2); so is UNDISCLOSED, on purpose, so that below
 * S2 an expulsion and a circumstance the person did not disclose look the same and neither can be inferred.
 */
public enum ReturnCircumstance {
    VOLUNTARY_SELF_ORGANISED(Tier.S1),
    VOLUNTARY_PROGRAMME_ASSISTED(Tier.S1),
    ASSISTED_VOLUNTARY_RETURN(Tier.S1),
    DEPORTED_EXPELLED(Tier.S2),
    READMISSION(Tier.S1),
    FORCED_BY_CONFLICT_OR_DISASTER(Tier.S1),
    FAMILY_DECISION(Tier.S1),
    END_OF_CONTRACT(Tier.S1),
    SEASONAL_PERIODIC(Tier.S1),
    UNDISCLOSED(Tier.S2);

    private final Tier tier;

    ReturnCircumstance(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }
}
