package org.essor.evaluation.app;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of facts projected from one stream, keyed by generation and one id. Its columns are of two kinds, and
 * applying rows in any order, or twice, gives the same table:
 * <ul>
 * <li>state columns, written from the newest version of the aggregate (an older version changes nothing);</li>
 * <li>first-occurrence columns (when something first happened), which keep their earliest non-null value.</li>
 * </ul>
 */
public record FactTable(String name, String key, List<String> state, List<String> firstOccurrences) {

    public static final FactTable ENTERPRISE = new FactTable("enterprise_fact", "enterprise_id",
            List.of("legal_family", "cooperative_kind", "departement", "status", "creation_date", "esus_granted_on",
                    "esus_valid_until", "struck_off_on"),
            List.of("registered_at", "verified_at", "struck_off_at"));

    /**
     * Each ESUS agreement an enterprise has held, keyed by enterprise and grant date: an enterprise's state names only
     * its current agreement, and the stock of agreements valid at the end of past periods needs the earlier ones.
     */
    public static final FactTable ESUS_AGREEMENT = new FactTable("esus_agreement_fact", "agreement_key",
            List.of("enterprise_id", "granted_on", "valid_until"), List.of());

    public static final FactTable PROGRAMME_APPLICATION = new FactTable("programme_application_fact", "application_id",
            List.of("programme", "departement", "enterprise_id", "applicant_kind", "status"),
            List.of("submitted_at", "admitted_at", "rejected_at"));

    public static final FactTable PARTICIPATION = new FactTable("participation_fact", "participation_id",
            List.of("programme", "departement", "enterprise_id", "created_enterprise_id", "status", "outcome",
                    "coaching_hours", "jobs_created", "jobs_consolidated"),
            List.of("enrolled_at", "completed_at", "dropped_out_at", "enterprise_created_at"));

    public static final FactTable COACHING_SESSION = new FactTable("coaching_session_fact", "event_id",
            List.of("participation_id", "programme", "departement", "enterprise_id", "hours", "logged_at"), List.of());

    public static final FactTable FINANCING_APPLICATION = new FactTable("financing_application_fact", "application_id",
            List.of("enterprise_id", "instrument", "instrument_kind", "provider", "regional", "departement", "status",
                    "requested_amount", "granted_amount", "jobs_to_create", "jobs_to_consolidate"),
            List.of("submitted_at", "approved_at", "rejected_at"));

    public static final FactTable PAYMENT = new FactTable("payment_fact", "event_id",
            List.of("application_id", "enterprise_id", "kind", "instrument", "instrument_kind", "provider", "departement",
                    "amount", "paid_on"), List.of());

    public static final FactTable CALENDAR_EVENT = new FactTable("calendar_event_fact", "event_id",
            List.of("status", "category", "axis", "campaign", "departement", "first_begin", "capacity"),
            List.of("published_at", "cancelled_at"));

    public static final FactTable REGISTRATION = new FactTable("registration_fact", "registration_id",
            List.of("event_id", "status", "category", "axis", "campaign", "departement"),
            List.of("registered_at", "confirmed_at", "attended_at", "cancelled_at"));

    public static final List<FactTable> ALL = List.of(ENTERPRISE, ESUS_AGREEMENT, PROGRAMME_APPLICATION, PARTICIPATION, COACHING_SESSION,
            FINANCING_APPLICATION, PAYMENT, CALENDAR_EVENT, REGISTRATION);

    public FactTable {
        state = List.copyOf(state);
        firstOccurrences = List.copyOf(firstOccurrences);
    }

    /** Every column a row carries, in order: generation, key, version, the state, the first occurrences. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("generation", key, "version"));
        columns.addAll(state);
        columns.addAll(firstOccurrences);
        return columns;
    }

    /**
     * The upsert of a batch of rows given as one JSON array of objects named after the columns (see
     * {@link FactRowsJson}), with the same merge as {@link FactRow#merge(FactRow)}: one statement of one parameter
     * whatever the batch's size, its values read by PostgreSQL with the table's own column types. The rows must not
     * repeat a (generation, key): a statement cannot update a row twice.
     *
     * @param jsonRows the SQL of the parameter holding the JSON text, e.g. {@code $1} or {@code :rows}
     */
    public String upsertFromJson(String jsonRows) {
        String columns = String.join(", ", columns());
        return "INSERT INTO " + name + " AS t (" + columns + ") SELECT " + columns
                + " FROM json_populate_recordset(CAST(NULL AS " + name + "), CAST(CAST(" + jsonRows + " AS text) AS json))"
                + onConflict();
    }

    private String onConflict() {
        String updates = "version = greatest(t.version, EXCLUDED.version)";
        if (!state.isEmpty()) {
            updates += ", " + state.stream()
                    .map(column -> column + " = CASE WHEN EXCLUDED.version > t.version THEN EXCLUDED." + column
                            + " ELSE t." + column + " END")
                    .collect(Collectors.joining(", "));
        }
        if (!firstOccurrences.isEmpty()) {
            updates += ", " + firstOccurrences.stream()
                    .map(column -> column + " = least(t." + column + ", EXCLUDED." + column + ")")
                    .collect(Collectors.joining(", "));
        }
        return " ON CONFLICT (generation, " + key + ") DO UPDATE SET " + updates
                + " WHERE EXCLUDED.version > t.version OR " + (firstOccurrences.isEmpty() ? "false"
                : firstOccurrences.stream().map(column -> "EXCLUDED." + column + " < t." + column + " OR (t." + column
                        + " IS NULL AND EXCLUDED." + column + " IS NOT NULL)").collect(Collectors.joining(" OR ")));
    }
}
