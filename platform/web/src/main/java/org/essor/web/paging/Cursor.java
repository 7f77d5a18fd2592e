package org.essor.web.paging;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.essor.web.problem.ProblemException;

/**
 * A keyset position: the sort-key values of the last item of a page. Sent to clients only signed and bound to
 * its list by {@link CursorSigner}; the typed accessors answer a 400 naming {@code cursor} for a value that does not
 * have the expected type, so a cursor can never become a 500.
 */
public record Cursor(List<String> keys) {

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String key(int index) {
        return keys.get(index);
    }

    public String text(int index) {
        return key(index);
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(key(index));
        } catch (IllegalArgumentException e) {
            throw notOfThisList();
        }
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(key(index));
        } catch (DateTimeException e) {
            throw notOfThisList();
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(key(index));
        } catch (NumberFormatException e) {
            throw notOfThisList();
        }
    }

    /** The problem of a cursor this list did not issue (edited, truncated, of another list or other filters). */
    static ProblemException notOfThisList() {
        return ProblemException.invalidField("cursor", "not a cursor of this list with these filters; start again without one");
    }
}
