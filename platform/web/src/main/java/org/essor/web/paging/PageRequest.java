package org.essor.web.paging;

/**
 * What a list request asks for: {@code limit} items after the position of the cursor (none: from the start).
 * Queries fetch {@link #fetchSize()} rows to know whether a next page exists. Made by {@link Paging}, which
 * checked the cursor against this list; the next page's cursor is signed for the same list.
 */
public final class PageRequest {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    private final int limit;
    private final Cursor after;
    private final String list;
    private final CursorSigner signer;

    PageRequest(int limit, Cursor after, String list, CursorSigner signer) {
        this.limit = limit;
        this.after = after;
        this.list = list;
        this.signer = signer;
    }

    public int limit() {
        return limit;
    }

    /** The position to resume after; null on the first page. */
    public Cursor after() {
        return after;
    }

    public boolean isFirst() {
        return after == null;
    }

    public int fetchSize() {
        return limit + 1;
    }

    /** The cursor a client sends to get the items after {@code position} in this same list. */
    public String cursorAfter(Cursor position) {
        return signer.sign(list, position);
    }
}
