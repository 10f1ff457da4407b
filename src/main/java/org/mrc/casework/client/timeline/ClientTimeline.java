package org.mrc.casework.client.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;

/**
 * A client's history in date order, assembled from what every {@link TimelineContributor} (episodes, services
 * delivered, sessions attended, referrals) says about the client, each entry cut to what the caller may see. Paged by
 * an opaque cursor over the same order. Audited against the client, like every read of the client's history.
 */
@ApplicationScoped
public class ClientTimeline {

    private static final Cursor.Shape TIMELINE =
            Cursor.shape("client-timeline", Cursor.Key.TEXT, Cursor.Key.TEXT, Cursor.Key.TEXT);

    private final ClientAccess access;
    private final Instance<TimelineContributor> contributors;

    ClientTimeline(ClientAccess access, @Any Instance<TimelineContributor> contributors) {
        this.access = access;
        this.contributors = contributors;
    }

    /** One page of the client's timeline; out-of-scope staff must state a reason. */
    @Transactional
    @Audited(action = "client.timeline", resource = "client")
    public Page<TimelineEntry> timeline(UUID clientId, String reason, PageRequest page) {
        ClientRef client = access.read(clientId, reason);
        Cursor after = page.after(TIMELINE);
        List<TimelineItem> items = new ArrayList<>();
        for (TimelineContributor contributor : contributors) {
            for (TimelineContributor.Contribution c : contributor.entries(client)) {
                items.add(new TimelineItem(
                        List.of(c.date().toString(), c.sourceId().toString(), "%010d".formatted(c.order())),
                        c.entry()));
            }
        }
        List<TimelineItem> fetched = items.stream()
                .filter(item -> after == null || TimelineItem.KEY_ORDER.compare(item.key(), after.keys()) > 0)
                .sorted(TimelineItem.ORDER)
                .limit(page.fetchSize())
                .toList();
        return Page.of(fetched, page.limit(), item -> TIMELINE.at(item.key())).map(TimelineItem::entry);
    }
}
