package org.mrc.casework.client;

import java.util.UUID;

/**
 * A client as another feature may refer to it: its id, owning office, and how much the current caller may see and
 * whether they may change what hangs off it. {@code aboutAMinor}: the client is a child today, so what is S1 about
 * them needs S2 (domain section 4) in every view that hangs off the record, not only in the record itself.
 */
public record ClientRef(UUID id, UUID officeId, Tier ceiling, boolean writable, boolean aboutAMinor) {

    /** {@code view} cut to what the caller may see of this client's data (the minor rule included). */
    public <T extends Record> T project(T view) {
        return Projection.upTo(view, ceiling, aboutAMinor);
    }

    /** Whether the caller may learn that a record of this tier about the client exists at all. */
    public boolean reaches(Tier tier) {
        return tier.within(ceiling);
    }
}
