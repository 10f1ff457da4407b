package org.mrc.casework.eligibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mrc.casework.client.Sex;
import org.mrc.casework.partner.EligibilityRules;
import org.mrc.casework.partner.OfferingView;
import org.mrc.casework.shared.TerritorySide;

/**
 * How a client fares against each rule an offering states: MET, NOT_MET, or NOT_RECORDED (the client's fact is not
 * recorded, or not visible to the caller). Rules as data, decided here only: a client is eligible unless some rule is
 * NOT_MET, so a missing fact never excludes anyone (and see {@link #sex} for sex-specific services).
 */
record Assessment(Map<EligibilityRule, Outcome> outcomes) {

    enum Outcome {
        MET,
        NOT_MET,
        NOT_RECORDED
    }

    static Assessment of(OfferingView offering, Applicant client) {
        EligibilityRules rules = offering.rules() == null ? EligibilityRules.OPEN : offering.rules();
        Map<EligibilityRule, Outcome> outcomes = new EnumMap<>(EligibilityRule.class);
        if (!rules.phases().isEmpty()) {
            outcomes.put(
                    EligibilityRule.PHASE,
                    client.phase() == null
                            ? Outcome.NOT_RECORDED
                            : met(rules.phases().contains(client.phase())));
        }
        if (!rules.roles().isEmpty()) {
            outcomes.put(
                    EligibilityRule.ROLE,
                    client.roles().isEmpty()
                            ? Outcome.NOT_RECORDED
                            : met(client.roles().stream().anyMatch(rules.roles()::contains)));
        }
        if (offering.minAge() != null || offering.maxAge() != null) {
            outcomes.put(
                    EligibilityRule.AGE,
                    client.age() == null
                            ? Outcome.NOT_RECORDED
                            : met((offering.minAge() == null || client.age() >= offering.minAge())
                                    && (offering.maxAge() == null || client.age() <= offering.maxAge())));
        }
        if (!rules.sexes().isEmpty()) {
            outcomes.put(EligibilityRule.SEX, sex(rules.sexes(), client.sex()));
        }
        if (rules.territorySide() != null && rules.territorySide() != TerritorySide.BOTH) {
            outcomes.put(
                    EligibilityRule.TERRITORY_SIDE,
                    client.side() == null ? Outcome.NOT_RECORDED : met(rules.territorySide() == client.side()));
        }
        if (!rules.languages().isEmpty()) {
            outcomes.put(
                    EligibilityRule.LANGUAGE,
                    client.languages().isEmpty()
                            ? Outcome.NOT_RECORDED
                            : met(rules.languages().stream().anyMatch(client.languages()::contains)));
        }
        if (!rules.residenceAreas().isEmpty()) {
            outcomes.put(
                    EligibilityRule.RESIDENCE_AREA,
                    client.locality() == null
                            ? Outcome.NOT_RECORDED
                            : met(rules.residenceAreas().stream()
                                    .anyMatch(area -> sameLocality(area, client.locality()))));
        }
        return new Assessment(Map.copyOf(outcomes));
    }

    /**
     * A sex-specific rule refuses only a recorded FEMALE or MALE it does not name: UNDISCLOSED is always a valid
     * answer and never costs anyone a service, and a person recorded INTERSEX is not turned away by a rule written
     * for women or men (staff decide with them).
     */
    private static Outcome sex(Set<Sex> allowed, Sex sex) {
        if (sex == null || sex == Sex.UNDISCLOSED) {
            return Outcome.NOT_RECORDED;
        }
        if (allowed.contains(sex)) {
            return Outcome.MET;
        }
        return sex == Sex.INTERSEX ? Outcome.NOT_RECORDED : Outcome.NOT_MET;
    }

    private static Outcome met(boolean met) {
        return met ? Outcome.MET : Outcome.NOT_MET;
    }

    /** Localities are free text: the same place whatever the case and surrounding spaces. */
    static boolean sameLocality(String one, String other) {
        return one.trim().toLowerCase(Locale.ROOT).equals(other.trim().toLowerCase(Locale.ROOT));
    }

    boolean eligible() {
        return !outcomes.containsValue(Outcome.NOT_MET);
    }

    List<EligibilityRule> with(Outcome outcome) {
        return outcomes.entrySet().stream()
                .filter(e -> e.getValue() == outcome)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
