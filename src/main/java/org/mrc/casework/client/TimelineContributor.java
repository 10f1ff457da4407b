package org.mrc.casework.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Another feature's events on a client's timeline (services delivered, sessions attended, ...). Implementations are
 * CDI beans found at runtime, so this package does not depend on the features that contribute.
 */
public interface TimelineContributor {

    /** The client's entries from this feature, each already cut to {@code ceiling}. */
    List<Contribution> entries(UUID clientId, Tier ceiling);

    /**
     * One entry, ordered by its date and then by the id of the record it stems from (ids are time-ordered).
     *
     * @param sourceId the id of the contributing record (a service delivery, a group session)
     */
    record Contribution(LocalDate date, UUID sourceId, TimelineEntry entry) {}
}
