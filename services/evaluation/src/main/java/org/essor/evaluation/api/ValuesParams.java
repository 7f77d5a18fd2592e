package org.essor.evaluation.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.ServiceTime;

/**
 * Reads the query of an indicator's values: {@code from} and {@code to} (ISO dates, both included; by default the
 * current year up to today), {@code groupBy} (dimensions separated by commas) and one value per dimension to keep
 * ({@code departement=31}, {@code programme=REALIS}...). Anything else is a 400 naming the parameter.
 */
final class ValuesParams {

    private static final List<String> KNOWN = List.of("from", "to", "groupBy");

    private ValuesParams() {
    }

    static ValuesQuery read(MultivaluedMap<String, String> parameters, ServiceTime time) {
        LocalDate today = time.today();
        LocalDate from = date("from", parameters.getFirst("from"), LocalDate.of(today.getYear(), 1, 1));
        LocalDate to = date("to", parameters.getFirst("to"), today);
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "a date on or after from (" + from + ")");
        }
        if (from.plusYears(20).isBefore(to)) {
            throw new InvalidValueException("to", "at most 20 years after from");
        }
        List<Dimension> groupBy = new ArrayList<>();
        String groups = parameters.getFirst("groupBy");
        if (groups != null && !groups.isBlank()) {
            for (String name : groups.split(",")) {
                Dimension dimension = Dimension.ofParameter(name.trim()).orElseThrow(() -> new InvalidValueException("groupBy",
                        "dimensions among " + names() + ", separated by commas"));
                if (groupBy.contains(dimension)) {
                    throw new InvalidValueException("groupBy", "each dimension once");
                }
                groupBy.add(dimension);
            }
        }
        if (groupBy.stream().filter(Dimension::isPeriod).count() > 1) {
            throw new InvalidValueException("groupBy", "at most one period among month, quarter and year");
        }
        Map<Dimension, String> filters = new LinkedHashMap<>();
        for (String name : parameters.keySet()) {
            if (KNOWN.contains(name)) {
                continue;
            }
            Dimension dimension = Dimension.ofParameter(name).filter(found -> !found.isPeriod())
                    .orElseThrow(() -> new InvalidValueException(name, "not a parameter of indicator values (from, to, "
                            + "groupBy, or a dimension to keep: " + names().replace("month, quarter, year, ", "") + ")"));
            String value = parameters.getFirst(name);
            if (value == null || value.isBlank() || value.length() > 100) {
                throw new InvalidValueException(name, "a code of 1 to 100 characters");
            }
            filters.put(dimension, value.trim());
        }
        return new ValuesQuery(from, to, groupBy, filters);
    }

    static LocalDate date(String name, String raw, LocalDate otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(raw.trim());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new InvalidValueException(name, "a date between 2000 and 2100");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "an ISO date such as 2026-01-31");
        }
    }

    private static String names() {
        return String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Dimension::parameter).toList());
    }
}
