package org.essor.events.envelope;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads a {@code ce_time} (RFC 3339). Essor's publishers write it in UTC with a {@code Z}, which is read here directly
 * (a replay reads hundreds of thousands of them); any other RFC 3339 form goes through {@link OffsetDateTime#parse}.
 */
final class EventTimes {

    private EventTimes() {
    }

    static Instant parse(String time) {
        Instant utc = utc(time);
        return utc != null ? utc : OffsetDateTime.parse(time).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null when the text has another form. */
    private static Instant utc(String time) {
        int length = time.length();
        if (length < 20 || time.charAt(length - 1) != 'Z' || time.charAt(4) != '-' || time.charAt(7) != '-'
                || time.charAt(10) != 'T' || time.charAt(13) != ':' || time.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int digits = length - 21;
            if (time.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            int fraction = digits(time, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * (int) Math.pow(10, 9 - digits);
        }
        int year = digits(time, 0, 4);
        int month = digits(time, 5, 7);
        int day = digits(time, 8, 10);
        int hour = digits(time, 11, 13);
        int minute = digits(time, 14, 16);
        int second = digits(time, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        // LocalDateTime.of rejects what is out of range (month 13, 30 February...).
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
    }

    /** The number the ASCII digits from {@code from} to {@code to} (excluded) write, or -1 if one is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
