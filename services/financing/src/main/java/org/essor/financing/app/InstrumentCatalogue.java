package org.essor.financing.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.essor.enterprises.EnterpriseConditions;
import org.essor.financing.domain.Instrument;
import org.essor.financing.domain.InstrumentKind;
import org.essor.financing.domain.InstrumentScope;
import org.essor.financing.domain.InstrumentStatus;
import org.essor.financing.domain.OpeningWindow;
import org.essor.financing.domain.Stage;
import org.essor.persistence.PlatformSchema;
import org.essor.persistence.VersionedMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Loads the plan's financing instruments from the reference data shipped in the service
 * ({@code reference/financing-instruments.csv}, the map of financial tools of section D.3 and the partners of D.2),
 * as a versioned migration with its own history: a new edition of the file comes with a new version here. After the
 * load, finance officers maintain the catalogue through the API (every version kept in {@code instrument_version}).
 */
@Singleton
public class InstrumentCatalogue implements PlatformSchema {

    static final String FILE = "reference/financing-instruments.csv";

    /** Who the first version of each instrument is recorded as coming from. */
    static final String LOADED_BY = "plan 2018-2021 (" + FILE + ")";

    /**
     * The instruments whose name says they finance social innovation only: the Fonds d'Innovation Sociale (A.1, C.4,
     * D.1.4). The reference file has no column for it.
     */
    static final Set<String> SOCIAL_INNOVATION_ONLY = Set.of("FISO");

    @Override
    public String component() {
        return "financing_catalogue";
    }

    @Override
    public List<? extends JavaMigration> migrations() {
        return List.of(new LoadInstruments("1", "financing instruments of the plan 2018-2021"));
    }

    /** One instrument as the reference file gives it, and the terms it starts with. */
    record Entry(String code, Instrument.Terms terms) {
    }

    /** The instruments of the file, as the service ships it. */
    public static List<Entry> entries() {
        try (Reader in = new InputStreamReader(resource(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(InstrumentCatalogue::entry).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.InputStream resource() {
        var in = InstrumentCatalogue.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("Missing " + FILE);
        }
        return in;
    }

    private static Entry entry(CSVRecord row) {
        InstrumentScope scope = InstrumentScope.fromPlan(row.get("scope"));
        Set<Stage> stages = list(row.get("stages")).stream().map(Stage::valueOf).collect(Collectors.toSet());
        // The Région's own tools serve enterprises with an establishment in Occitanie; the plan sets no other condition.
        EnterpriseConditions conditions = new EnterpriseConditions(list(row.get("eligible_legal_families")),
                list(row.get("eligible_cooperative_kinds")), null, null, false, scope == InstrumentScope.REGIONAL);
        String code = row.get("code");
        return new Entry(code, new Instrument.Terms(row.get("name"), row.get("provider"), scope,
                InstrumentKind.valueOf(row.get("kind")), stages, amount(row.get("min_eur")), amount(row.get("max_eur")),
                amount(row.get("max_guarantee_pct")), blankToNull(row.get("amount_note")),
                InstrumentStatus.fromPlan(row.get("status")), conditions, SOCIAL_INNOVATION_ONLY.contains(code),
                OpeningWindow.ALWAYS, blankToNull(row.get("source_in_plan")), blankToNull(row.get("note"))));
    }

    private static Set<String> list(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static BigDecimal amount(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final class LoadInstruments extends VersionedMigration {

        LoadInstruments(String version, String description) {
            super(version, description);
        }

        /** The file as shipped: its checksum is the migration's. */
        @Override
        protected String content() {
            try (var in = resource()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void migrate(Context context) throws Exception {
            Instant now = Instant.now();
            try (PreparedStatement insert = context.getConnection().prepareStatement("""
                    INSERT INTO instrument (code, version, name, provider, scope, kind, stages, min_amount, max_amount,
                        max_guarantee_rate, amount_note, status, legal_families, cooperative_kinds, esus_required,
                        min_age_years, max_age_years, in_region_required, social_innovation_required, window_kind,
                        window_opens_on, window_closes_on, window_deadlines, source_in_plan, note, updated_at, updated_by)
                    VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, NULL, NULL, ?, ?, 'ONGOING', NULL, NULL, '',
                        ?, ?, ?, ?)
                    ON CONFLICT (code) DO NOTHING""");
                 PreparedStatement version = context.getConnection().prepareStatement("""
                    INSERT INTO instrument_version (code, version, content, changed_at, changed_by, note)
                    VALUES (?, 0, ?, ?, ?, 'loaded from the plan') ON CONFLICT DO NOTHING""")) {
                for (Entry entry : entries()) {
                    Instrument.Terms terms = entry.terms();
                    insert.setString(1, entry.code());
                    insert.setString(2, terms.name());
                    insert.setString(3, terms.provider());
                    insert.setString(4, terms.scope().name());
                    insert.setString(5, terms.kind().name());
                    insert.setString(6, terms.stages().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                    insert.setBigDecimal(7, terms.minAmount());
                    insert.setBigDecimal(8, terms.maxAmount());
                    insert.setBigDecimal(9, terms.maxGuaranteeRate());
                    insert.setString(10, terms.amountNote());
                    insert.setString(11, terms.status().name());
                    insert.setString(12, String.join(",", new java.util.TreeSet<>(terms.conditions().legalFamilies())));
                    insert.setString(13, String.join(",", new java.util.TreeSet<>(terms.conditions().cooperativeKinds())));
                    insert.setBoolean(14, terms.conditions().inTerritoryRequired());
                    insert.setBoolean(15, terms.socialInnovationRequired());
                    insert.setString(16, terms.sourceInPlan());
                    insert.setString(17, terms.note());
                    insert.setTimestamp(18, Timestamp.from(now));
                    insert.setString(19, LOADED_BY);
                    insert.addBatch();
                    version.setString(1, entry.code());
                    version.setString(2, InstrumentVersions.content(entry.code(), terms));
                    version.setTimestamp(3, Timestamp.from(now));
                    version.setString(4, LOADED_BY);
                    version.addBatch();
                }
                insert.executeBatch();
                version.executeBatch();
            }
        }
    }
}
