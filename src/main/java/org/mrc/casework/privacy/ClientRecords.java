package org.mrc.casework.privacy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link ClientAccess} needs to know about a client record, provided by the client registry. It is an interface
 * (with one implementation, in {@code client/}) only so that the access decision can live here, below every feature
 * that asks for it, without this package depending on the registry's entity.
 */
public interface ClientRecords {

    /**
     * The facts an access decision rests on: the owning office, whether the client is a child today, and the record
     * it was merged into (null when it stands on its own).
     */
    record Facts(UUID id, UUID officeId, boolean minor, UUID mergedInto) {}

    /** The record's facts, without a lock; empty when there is no such client. */
    Optional<Facts> find(UUID id);

    /**
     * The record locked ({@code select ... for update}) for the rest of the transaction and its facts re-read under
     * the lock; the record exists (the caller has just found it).
     */
    Facts lock(UUID id);

    /** Moves the (locked) record to another owning office: an accepted handover, decided by ClientAccess. */
    void handOver(UUID id, UUID office);

    /** The owning office of each of these clients; ids without a client are left out. */
    Map<UUID, UUID> officesOf(Collection<UUID> ids);
}
