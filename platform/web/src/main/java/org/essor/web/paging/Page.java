package org.essor.web.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items":[...],"nextCursor":...}}; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds the page from rows fetched with {@link PageRequest#fetchSize()} in keyset order; {@code keyOf} gives
     * the keyset position of an item (the values the query compares against the cursor).
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> keyOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(items, request.cursorAfter(keyOf.apply(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
