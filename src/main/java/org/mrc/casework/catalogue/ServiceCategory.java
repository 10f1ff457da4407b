package org.mrc.casework.catalogue;

import org.mrc.casework.privacy.Tier;

/** What kind of help a service is. Social and economic services sit side by side: centres need both. */
public enum ServiceCategory {
    INFORMATION(false),
    TRAINING(true),
    LANGUAGE(true),
    EMPLOYMENT(true),
    SKILLS_RECOGNITION(true),
    LEGAL(false, Tier.S2),
    HEALTH(false, Tier.S2),
    PSYCHOSOCIAL(false, Tier.S2),
    FINANCIAL(true),
    BUSINESS(true),
    FAMILY_SUPPORT(false),
    PROTECTION(false, Tier.S2),
    HOUSING(false),
    CIVIC(false);

    private final boolean economic;
    private final Tier defaultTier;

    ServiceCategory(boolean economic) {
        this(economic, Tier.S1);
    }

    ServiceCategory(boolean economic, Tier defaultTier) {
        this.economic = economic;
        this.defaultTier = defaultTier;
    }

    /**
     * The tier a new service type of this category gets unless the admin says otherwise: being referred to (or
     * served by) a protection, legal, psychosocial or health service says what an S2 field says (trafficking,
     * violence, status, health; domain section 8), so those are S2; the rest of a client's service history is S1.
     */
    public Tier defaultTier() {
        return defaultTier;
    }

    /** Whether services of this category build income, skills or assets (the rest are social services). */
    public boolean economic() {
        return economic;
    }
}
