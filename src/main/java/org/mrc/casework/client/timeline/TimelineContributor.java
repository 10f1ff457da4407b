package org.mrc.casework.client.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.privacy.ClientRef;

/**
 * A feature's events on a client's timeline (episodes and phase changes, services delivered, sessions attended,
 * referrals). Implementations are CDI beans found at runtime, so this package does not depend on the features that
 * contribute.
 */
public interface TimelineContributor {

    /**
     * The client's entries from this feature that the caller may learn exist (records of a service type above the
     * caller's ceiling are left out, not emptied), each already cut through {@link ClientRef#project}.
     */
    List<Contribution> entries(ClientRef client);

    /**
     * One entry, ordered by its date, then by the id of the record it stems from (ids are time-ordered), then by its
     * place among that record's entries (an episode's opening, phase changes, closing).
     *
     * @param sourceId the id of the contributing record (an episode, a service delivery, a group session)
     */
    record Contribution(LocalDate date, UUID sourceId, int order, TimelineEntry entry) {

        /** The one entry of a record. */
        public Contribution(LocalDate date, UUID sourceId, TimelineEntry entry) {
            this(date, sourceId, 0, entry);
        }
    }
}
