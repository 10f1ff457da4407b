package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.client.Projection;
import org.mrc.casework.client.Tier;
import org.mrc.casework.client.TimelineContributor;
import org.mrc.casework.client.TimelineEntry;

/** Every status change of the client's referrals, on the client's timeline. */
@ApplicationScoped
class ReferralTimeline implements TimelineContributor {

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;

    ReferralTimeline(ReferralRepository referrals, ReferralEventRepository events) {
        this.referrals = referrals;
        this.events = events;
    }

    @Override
    public List<Contribution> entries(UUID clientId, Tier ceiling) {
        List<Contribution> entries = new ArrayList<>();
        for (Referral referral : referrals.list("clientId", clientId)) {
            for (ReferralEvent event : events.history(referral.id())) {
                ReferralEventView change = event.view();
                var date = change.at().atOffset(ZoneOffset.UTC).toLocalDate();
                ReferralTimelineDetails details = Projection.upTo(
                        new ReferralTimelineDetails(
                                referral.id(),
                                referral.view().serviceType(),
                                change.from(),
                                change.to(),
                                change.reason()),
                        ceiling);
                entries.add(new Contribution(
                        date,
                        change.id(),
                        Projection.upTo(
                                new TimelineEntry(TimelineEntry.Kind.REFERRAL_STATUS_CHANGED, date, null, details),
                                ceiling)));
            }
        }
        return entries;
    }
}
