package org.essor.web.paging;

import org.essor.web.problem.ProblemException;

/**
 * What a list request asks for: {@code limit} (default 20, at most 200) items after the position of
 * {@code cursor} (none: from the start). Queries fetch {@link #fetchSize()} rows to know whether a next page exists.
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    /**
     * Reads the {@code limit} and {@code cursor} query parameters; {@code sortKeys} is the number of values in
     * the list's keyset (e.g. 2 for {@code (name, id)}).
     */
    public static PageRequest of(Integer limit, String cursor, int sortKeys) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, sortKeys));
    }

    public boolean isFirst() {
        return after == null;
    }

    public int fetchSize() {
        return limit + 1;
    }
}
