package org.mrc.casework.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.client.timeline.TimelineContributor;
import org.mrc.casework.client.timeline.TimelineEntry;
import org.mrc.casework.privacy.ClientRef;

/**
 * Every status change of the client's referrals, on the client's timeline; referrals of a service type above the
 * caller's ceiling are left out.
 */
@ApplicationScoped
class ReferralTimeline implements TimelineContributor {

    private final ReferralRepository referrals;
    private final ReferralEventRepository events;

    private final CatalogueService catalogue;

    ReferralTimeline(ReferralRepository referrals, ReferralEventRepository events, CatalogueService catalogue) {
        this.referrals = referrals;
        this.events = events;
        this.catalogue = catalogue;
    }

    @Override
    public List<Contribution> entries(ClientRef client) {
        List<Contribution> entries = new ArrayList<>();
        for (Referral referral : referrals.allOf(client.id(), catalogue.codesAbove(client.ceiling()))) {
            for (ReferralEvent event : events.history(referral.id())) {
                ReferralEventView change = event.view();
                var date = change.at().atOffset(ZoneOffset.UTC).toLocalDate();
                ReferralTimelineDetails details = client.project(new ReferralTimelineDetails(
                        referral.id(), referral.view().serviceType(), change.from(), change.to(), change.reason()));
                entries.add(new Contribution(
                        date,
                        change.id(),
                        client.project(
                                new TimelineEntry(TimelineEntry.Kind.REFERRAL_STATUS_CHANGED, date, null, details))));
            }
        }
        return entries;
    }
}
