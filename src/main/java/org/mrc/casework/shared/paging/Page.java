package org.mrc.casework.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged collection. {@code nextCursor} is absent on the last page.
 *
 * @param items the items in the collection's stable order
 * @param nextCursor pass as {@code cursor} to get the following page
 */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only proves there is more.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
