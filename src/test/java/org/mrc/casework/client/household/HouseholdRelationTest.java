package org.mrc.casework.client.household;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inverse tables, written out independently of the code and checked for every value. */
class HouseholdRelationTest {

    private static final Map<HouseholdRelation, HouseholdRelation> EXPECTED_INVERSE = new EnumMap<>(Map.of(
            HouseholdRelation.SPOUSE, HouseholdRelation.SPOUSE,
            HouseholdRelation.PARTNER, HouseholdRelation.PARTNER,
            HouseholdRelation.PARENT_OF, HouseholdRelation.CHILD_OF,
            HouseholdRelation.CHILD_OF, HouseholdRelation.PARENT_OF,
            HouseholdRelation.SIBLING, HouseholdRelation.SIBLING,
            HouseholdRelation.CARER_OF, HouseholdRelation.CARED_FOR_BY,
            HouseholdRelation.CARED_FOR_BY, HouseholdRelation.CARER_OF,
            HouseholdRelation.OTHER, HouseholdRelation.OTHER));

    private static final Map<Residence, Residence> EXPECTED_SEEN_FROM_RELATED = new EnumMap<>(Map.of(
            Residence.LIVES_WITH, Residence.LIVES_WITH,
            Residence.ORIGIN_HOUSEHOLD, Residence.ELSEWHERE,
            Residence.ELSEWHERE, Residence.ELSEWHERE));

    @Test
    void everyRelationHasTheExpectedInverse() {
        assertEquals(HouseholdRelation.values().length, EXPECTED_INVERSE.size(), "the table covers every relation");
        for (HouseholdRelation relation : HouseholdRelation.values()) {
            assertEquals(EXPECTED_INVERSE.get(relation), relation.inverse(), relation.name());
        }
    }

    @Test
    void readingALinkFromTheOtherSideTwiceGivesTheOriginalRelation() {
        for (HouseholdRelation relation : HouseholdRelation.values()) {
            assertEquals(relation, relation.inverse().inverse(), relation.name());
        }
    }

    @Test
    void everyResidenceHasTheExpectedViewFromTheRelatedPerson() {
        assertEquals(Residence.values().length, EXPECTED_SEEN_FROM_RELATED.size(), "the table covers every value");
        for (Residence residence : Residence.values()) {
            assertEquals(EXPECTED_SEEN_FROM_RELATED.get(residence), residence.seenFromRelated(), residence.name());
        }
    }
}
