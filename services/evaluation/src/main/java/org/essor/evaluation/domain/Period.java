package org.essor.evaluation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month (2026-03) or a quarter (2026-Q3) of the calendar, as evaluators close them. */
public record Period(String label, Dimension granularity, LocalDate startsOn, LocalDate endsOn) {

    private static final Pattern MONTH = Pattern.compile("^([0-9]{4})-(0[1-9]|1[0-2])$");
    private static final Pattern QUARTER = Pattern.compile("^([0-9]{4})-Q([1-4])$");

    /** The period a label names; empty when it names none. */
    public static java.util.Optional<Period> parse(String label) {
        Matcher month = MONTH.matcher(label);
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return java.util.Optional.of(new Period(label, Dimension.MONTH, ym.atDay(1), ym.atEndOfMonth()));
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            int first = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
            LocalDate starts = LocalDate.of(year, first, 1);
            return java.util.Optional.of(new Period(label, Dimension.QUARTER, starts, starts.plusMonths(3).minusDays(1)));
        }
        return java.util.Optional.empty();
    }

    /** The id the period's closure is published under: the same for the same period, on every replica. */
    public UUID id() {
        return UUID.nameUUIDFromBytes(("essor.evaluation.period:" + label).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
