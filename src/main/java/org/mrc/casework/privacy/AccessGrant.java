package org.mrc.casework.privacy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A standing reason for staff of another office to read a client, held by a record of another feature for as long as
 * that record is open: an internal referral the office received, a handover proposed to it. {@link ClientAccess}
 * asks every implementation (CDI beans found at runtime, so this package depends on none of those features) before
 * it asks for an access reason; the grant is read-only and audited under its purpose.
 */
public interface AccessGrant {

    /** The grant one of {@code offices} holds on the client now, if any (the highest when there are several). */
    Optional<Granted> grantedTo(UUID clientId, Set<UUID> offices);

    /**
     * A grant: the ceiling it gives, the coded purpose the audit entry records ({@code INTERNAL_REFERRAL}), and the
     * id of the record it stems from (the audit entry's justification names it, nothing else).
     */
    record Granted(Tier ceiling, String purpose, UUID sourceId) {}
}
