package org.mrc.casework.client.household;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where the related person lives, seen from the client: with them, in the household of origin (the client is away
 * from it, the left-behind situation), or elsewhere.
 */
public enum Residence {
    LIVES_WITH,
    ORIGIN_HOUSEHOLD,
    ELSEWHERE;

    /**
     * The residence as the related person sees the client. A person who stays in the origin household sees the one
     * who left as living elsewhere; the reverse of "elsewhere" is not known beyond "not with me", so it stays
     * ELSEWHERE.
     */
    private static final Map<Residence, Residence> SEEN_FROM_RELATED =
            new EnumMap<>(Map.of(LIVES_WITH, LIVES_WITH, ORIGIN_HOUSEHOLD, ELSEWHERE, ELSEWHERE, ELSEWHERE));

    public Residence seenFromRelated() {
        return SEEN_FROM_RELATED.get(this);
    }
}
