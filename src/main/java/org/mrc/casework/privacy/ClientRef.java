package org.mrc.casework.privacy;

import java.util.Map;
import java.util.UUID;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * A client as another feature may refer to it: its id, owning office, and how much the current caller may see and
 * whether they may change what hangs off it. {@code aboutAMinor}: the client is a child today, so what is S1 about
 * them needs S2 (domain section 4) in every view that hangs off the record, not only in the record itself.
 * {@code mergedInto}: the surviving record when this one was merged into another, else null.
 */
public record ClientRef(UUID id, UUID officeId, Tier ceiling, boolean writable, boolean aboutAMinor, UUID mergedInto) {

    static final ProblemType MERGED =
            new ProblemType("client-merged", 409, "The client record was merged into another one");

    /** {@code view} cut to what the caller may see of this client's data (the minor rule included). */
    public <T extends Record> T project(T view) {
        return Projection.upTo(view, ceiling, aboutAMinor);
    }

    /** Whether the caller may learn that a record of this tier about the client exists at all. */
    public boolean reaches(Tier tier) {
        return tier.within(ceiling);
    }

    /** A record merged into another is kept for history and undo, but takes no changes (409 naming the survivor). */
    public void requireNotMerged() {
        if (mergedInto != null) {
            throw ApiException.conflict(
                    MERGED, "Record changes on the surviving client", Map.of("mergedInto", mergedInto));
        }
    }
}
