package org.mrc.casework.servicelog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.client.Projection;
import org.mrc.casework.client.Tier;
import org.mrc.casework.client.TimelineContributor;
import org.mrc.casework.client.TimelineEntry;

/** Services delivered and group sessions attended, on the client's timeline. */
@ApplicationScoped
class ServiceLogTimeline implements TimelineContributor {

    private final ServiceDeliveryRepository deliveries;
    private final GroupSessionRepository sessions;

    ServiceLogTimeline(ServiceDeliveryRepository deliveries, GroupSessionRepository sessions) {
        this.deliveries = deliveries;
        this.sessions = sessions;
    }

    @Override
    public List<Contribution> entries(UUID clientId, Tier ceiling) {
        List<Contribution> entries = new ArrayList<>();
        for (ServiceDelivery delivery : deliveries.allOf(clientId)) {
            Object details = Projection.upTo(delivery.view(), ceiling);
            entries.add(new Contribution(
                    delivery.deliveredOn(),
                    delivery.id(),
                    Projection.upTo(
                            new TimelineEntry(
                                    TimelineEntry.Kind.SERVICE_DELIVERED, delivery.deliveredOn(), null, details),
                            ceiling)));
        }
        for (GroupSession session : sessions.attendedBy(clientId)) {
            Object details = Projection.upTo(session.attendance(), ceiling);
            entries.add(new Contribution(
                    session.heldOn(),
                    session.id(),
                    Projection.upTo(
                            new TimelineEntry(TimelineEntry.Kind.SESSION_ATTENDED, session.heldOn(), null, details),
                            ceiling)));
        }
        return entries;
    }
}
