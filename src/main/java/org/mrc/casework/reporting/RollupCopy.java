package org.mrc.casework.reporting;

import java.util.List;
import java.util.Set;

/**
 * A narrower copy of a rollup, without some of its columns: a breakdown that uses only {@code dimensions} reads it
 * instead of the full rollup (far fewer rows). The full rollup's refresh function fills it.
 */
record RollupCopy(String table, Set<String> dimensions) {

    /** The first copy (in order, smallest first) covering every dimension of the breakdown, else {@code full}. */
    static String choose(List<RollupCopy> copies, List<Dimension> breakdown, String full) {
        for (RollupCopy copy : copies) {
            if (breakdown.stream().allMatch(d -> copy.dimensions().contains(d.name()))) {
                return copy.table();
            }
        }
        return full;
    }
}
