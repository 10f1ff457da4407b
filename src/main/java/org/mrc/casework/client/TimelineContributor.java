package org.mrc.casework.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Another feature's events on a client's timeline (services delivered, sessions attended, ...). Implementations are
 * CDI beans found at runtime, so this package does not depend on the features that contribute.
 */
public interface TimelineContributor {

    /**
     * The client's entries from this feature that the caller may learn exist (records of a service type above the
     * caller's ceiling are left out, not emptied), each already cut through {@link ClientRef#project}.
     */
    List<Contribution> entries(ClientRef client);

    /**
     * One entry, ordered by its date and then by the id of the record it stems from (ids are time-ordered).
     *
     * @param sourceId the id of the contributing record (a service delivery, a group session)
     */
    record Contribution(LocalDate date, UUID sourceId, TimelineEntry entry) {}
}
