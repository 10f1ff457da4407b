package org.mrc.casework.client.timeline;

import java.util.Comparator;
import java.util.List;

/**
 * A timeline entry with the key that orders it: its date, then the episode (ids are time-ordered),
 * then its place among that record's entries. Keys compare as strings, part by part.
 */
record TimelineItem(List<String> key, TimelineEntry entry) {

    static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = a.get(i).compareTo(b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    static final Comparator<TimelineItem> ORDER = Comparator.comparing(TimelineItem::key, KEY_ORDER);
}
