package org.mrc.casework.client.household;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a related person is to a client: {@code CHILD_OF} on a link of client A to person B reads "B is a child of
 * A". A link is stored once and read from both sides; the other side sees the inverse ("A is the parent of B").
 */
public enum HouseholdRelation {
    SPOUSE,
    PARTNER,
    PARENT_OF,
    CHILD_OF,
    SIBLING,
    CARER_OF,
    CARED_FOR_BY,
    OTHER;

    /** The inverse of each relation, as pairs; a relation missing here fails at class load. */
    private static final HouseholdRelation[][] PAIRS = {
        {SPOUSE, SPOUSE},
        {PARTNER, PARTNER},
        {PARENT_OF, CHILD_OF},
        {SIBLING, SIBLING},
        {CARER_OF, CARED_FOR_BY},
        {OTHER, OTHER}
    };

    private static final Map<HouseholdRelation, HouseholdRelation> INVERSE = inverses();

    /** The same relation seen from the related person's side. */
    public HouseholdRelation inverse() {
        return INVERSE.get(this);
    }

    private static Map<HouseholdRelation, HouseholdRelation> inverses() {
        Map<HouseholdRelation, HouseholdRelation> inverse = new EnumMap<>(HouseholdRelation.class);
        for (HouseholdRelation[] pair : PAIRS) {
            inverse.put(pair[0], pair[1]);
            inverse.put(pair[1], pair[0]);
        }
        if (inverse.size() != values().length) {
            throw new IllegalStateException("Every household relation needs an inverse");
        }
        return inverse;
    }
}
