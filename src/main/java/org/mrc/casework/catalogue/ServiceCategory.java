package org.mrc.casework.catalogue;

/** What kind of help a service is. Social and economic services sit side by side: centres need both. */
public enum ServiceCategory {
    INFORMATION(false),
    TRAINING(true),
    LANGUAGE(true),
    EMPLOYMENT(true),
    SKILLS_RECOGNITION(true),
    LEGAL(false),
    HEALTH(false),
    PSYCHOSOCIAL(false),
    FINANCIAL(true),
    BUSINESS(true),
    FAMILY_SUPPORT(false),
    PROTECTION(false),
    HOUSING(false),
    CIVIC(false);

    private final boolean economic;

    ServiceCategory(boolean economic) {
        this.economic = economic;
    }

    /** Whether services of this category build income, skills or assets (the rest are social services). */
    public boolean economic() {
        return economic;
    }
}
