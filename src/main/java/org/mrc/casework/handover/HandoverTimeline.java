package org.mrc.casework.handover;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.mrc.casework.client.timeline.TimelineContributor;
import org.mrc.casework.client.timeline.TimelineEntry;
import org.mrc.casework.privacy.ClientRef;

/** The history of a case's ownership on the client's timeline: every accepted handover that moved the client. */
@ApplicationScoped
class HandoverTimeline implements TimelineContributor {

    private final CaseHandoverRepository handovers;

    HandoverTimeline(CaseHandoverRepository handovers) {
        this.handovers = handovers;
    }

    @Override
    public List<Contribution> entries(ClientRef client) {
        return handovers.ofClient(client.id()).stream()
                .filter(h -> h.status() == HandoverStatus.ACCEPTED)
                .map(h -> {
                    LocalDate date = h.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate();
                    HandoverTimelineDetails details = client.project(new HandoverTimelineDetails(
                            h.id(),
                            h.fromOfficeId(),
                            h.toOfficeId(),
                            !h.clientId().equals(client.id())));
                    return new Contribution(
                            date,
                            h.id(),
                            client.project(
                                    new TimelineEntry(TimelineEntry.Kind.CASE_HANDED_OVER, date, null, details)));
                })
                .toList();
    }
}
