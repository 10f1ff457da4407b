package org.mrc.casework.shared.paging;

/** What a caller asked for: at most {@code limit} items after {@code cursor} (null for the first page). */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** The number of rows a repository fetches: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The position to continue after, decoded as a cursor of {@code shape}'s collection; null on the first page. */
    public Cursor after(Cursor.Shape shape) {
        return cursor == null || cursor.isEmpty() ? null : shape.decode(cursor);
    }
}
