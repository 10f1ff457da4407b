package org.mrc.casework.servicelog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.client.timeline.TimelineContributor;
import org.mrc.casework.client.timeline.TimelineEntry;
import org.mrc.casework.privacy.ClientRef;

/**
 * Services delivered and group sessions attended, on the client's timeline; those of a service type above the
 * caller's ceiling are left out.
 */
@ApplicationScoped
class ServiceLogTimeline implements TimelineContributor {

    private final ServiceDeliveryRepository deliveries;
    private final GroupSessionRepository sessions;

    private final CatalogueService catalogue;

    ServiceLogTimeline(
            ServiceDeliveryRepository deliveries, GroupSessionRepository sessions, CatalogueService catalogue) {
        this.deliveries = deliveries;
        this.sessions = sessions;
        this.catalogue = catalogue;
    }

    @Override
    public List<Contribution> entries(ClientRef client) {
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        List<Contribution> entries = new ArrayList<>();
        for (ServiceDelivery delivery : deliveries.allOf(client.id(), hidden)) {
            Object details = client.project(delivery.view());
            entries.add(new Contribution(
                    delivery.deliveredOn(),
                    delivery.id(),
                    client.project(new TimelineEntry(
                            TimelineEntry.Kind.SERVICE_DELIVERED, delivery.deliveredOn(), null, details))));
        }
        for (GroupSession session : sessions.attendedBy(client.id(), hidden)) {
            Object details = client.project(session.attendance());
            entries.add(new Contribution(
                    session.heldOn(),
                    session.id(),
                    client.project(
                            new TimelineEntry(TimelineEntry.Kind.SESSION_ATTENDED, session.heldOn(), null, details))));
        }
        return entries;
    }
}
