package org.essor.programmes.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.essor.persistence.PlatformSchema;
import org.essor.persistence.VersionedMigration;
import org.essor.programmes.domain.SchemeStatus;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads the catalogue of programmes from the plan's reference data shipped in the service
 * ({@code reference/programmes.yaml}), as a versioned migration with its own history: a new edition of the file
 * comes with a new version here.
 */
@Singleton
public class ProgrammeCatalogue implements PlatformSchema {

    /** The first edition, as migration 1 loaded it (kept so that its checksum stays the same). */
    static final String FIRST_EDITION = "reference/programmes-2018-v1.yaml";

    /** The corrected edition: statuses, partners, the two incubators apart, the schemes the first one missed. */
    static final String FILE = "reference/programmes.yaml";

    @Override
    public String component() {
        return "programmes_catalogue";
    }

    @Override
    public List<? extends JavaMigration> migrations() {
        return List.of(new LoadCatalogue("1", "programmes of the plan 2018-2021"),
                new LoadSchemes("2", "corrected catalogue: statuses, partners, missing schemes"));
    }

    /** One programme as the reference file describes it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String code, String name, String kind, String operator, String target, List<String> stages,
                 @JsonProperty("plan_ambitions") List<String> planAmbitions) {

        /** Detection programmes for the emergence stage take people who have no enterprise yet. */
        boolean takesPersons() {
            return "DETECTION".equals(kind) && stages.equals(List.of("EMERGENCE_CREATION"));
        }
    }

    /**
     * One scheme of the corrected edition. Who may apply follows the plan's words on each:
     * <ul>
     * <li>a person with a project and no enterprise yet, where the scheme detects, incubates or accelerates ideas at
     * the creation stage (REALIS « en création comme en primo développement », the incubators that take projects « quel
     * que soit son niveau de maturité », D.1.3, YESS Académie, Fabrique à Initiatives, the idea accelerators), and at an
     * activity test (the CAE test d'activité, which people take to try their activity);</li>
     * <li>an enterprise known only by its SIREN, not (yet) in the ESS register, where the plan targets enterprises outside
     * the ESS: YESS Académie « Entreprises » (the « pépites » emerging in the territories, C.2, the social innovations
     * dormant « dans les entreprises », C.3, the conventional enterprises of D.1.1) and the takeover into SCOP of
     * « entreprises classiques cédées » (D.1.2).</li>
     * </ul>
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scheme(String code, String name, String kind, String operator, String target, List<String> stages,
                         String status, @JsonProperty("status_in_plan") String statusInPlan, List<String> partners,
                         @JsonProperty("split_into") List<String> splitInto, String source) {

        private static final Set<String> CREATION_KINDS = Set.of("DETECTION", "INCUBATOR", "IDEA_ACCELERATOR");
        private static final Set<String> BEYOND_THE_REGISTER = Set.of("YESS_ACADEMIE_ENTREPRISES",
                "URSCOP_TRANSMISSION_REPRISE_SCOP");

        boolean takesPersons() {
            return (CREATION_KINDS.contains(kind) && stages.contains("EMERGENCE_CREATION")) || "ACTIVITY_TEST".equals(kind);
        }

        boolean takesUnregisteredEnterprises() {
            return BEYOND_THE_REGISTER.contains(code);
        }
    }

    static List<Entry> read() {
        return read(FIRST_EDITION, Entry.class);
    }

    /** The schemes of the corrected edition, as the service ships it. */
    public static List<Scheme> schemes() {
        return read(FILE, Scheme.class);
    }

    private static <T> List<T> read(String file, Class<T> type) {
        try (InputStream in = ProgrammeCatalogue.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file);
            }
            return new ObjectMapper(new YAMLFactory()).readerForListOf(type).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the corrected edition over the first one: every column of every scheme. */
    private static final class LoadSchemes extends VersionedMigration {

        LoadSchemes(String version, String description) {
            super(version, description);
        }

        @Override
        protected String content() {
            return schemes().stream().map(Object::toString).collect(Collectors.joining());
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (PreparedStatement insert = context.getConnection().prepareStatement("""
                    INSERT INTO programme (code, name, kind, operator, target, stages, person_applicants, status, status_in_plan,
                        partners, split_into, source, unregistered_enterprises)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, operator = EXCLUDED.operator,
                        target = EXCLUDED.target, stages = EXCLUDED.stages, person_applicants = EXCLUDED.person_applicants,
                        status = EXCLUDED.status, status_in_plan = EXCLUDED.status_in_plan, partners = EXCLUDED.partners,
                        split_into = EXCLUDED.split_into, source = EXCLUDED.source,
                        unregistered_enterprises = EXCLUDED.unregistered_enterprises""")) {
                for (Scheme scheme : schemes()) {
                    insert.setString(1, scheme.code());
                    insert.setString(2, scheme.name());
                    insert.setString(3, scheme.kind());
                    insert.setString(4, scheme.operator());
                    insert.setString(5, scheme.target());
                    insert.setString(6, String.join(",", scheme.stages()));
                    insert.setBoolean(7, scheme.takesPersons());
                    insert.setString(8, SchemeStatus.fromPlan(scheme.status()).name());
                    insert.setString(9, scheme.statusInPlan());
                    insert.setString(10, String.join(",", scheme.partners() == null ? List.of() : scheme.partners()));
                    insert.setString(11, String.join(",", scheme.splitInto() == null ? List.of() : scheme.splitInto()));
                    insert.setString(12, scheme.source());
                    insert.setBoolean(13, scheme.takesUnregisteredEnterprises());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static final class LoadCatalogue extends VersionedMigration {

        LoadCatalogue(String version, String description) {
            super(version, description);
        }

        @Override
        protected String content() {
            return read().stream().map(Object::toString).collect(Collectors.joining());
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (PreparedStatement insert = context.getConnection().prepareStatement("""
                    INSERT INTO programme (code, name, kind, operator, target, stages, person_applicants)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, operator = EXCLUDED.operator,
                        target = EXCLUDED.target, stages = EXCLUDED.stages, person_applicants = EXCLUDED.person_applicants""")) {
                for (Entry entry : read()) {
                    insert.setString(1, entry.code());
                    insert.setString(2, entry.name());
                    insert.setString(3, entry.kind());
                    insert.setString(4, entry.operator());
                    insert.setString(5, entry.target());
                    insert.setString(6, String.join(",", entry.stages()));
                    insert.setBoolean(7, entry.takesPersons());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
