package org.essor.programmes.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.zip.CRC32;

import jakarta.inject.Singleton;

import org.essor.persistence.PlatformSchema;
import org.flywaydb.core.api.MigrationVersion;
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

    static final String FILE = "reference/programmes.yaml";

    @Override
    public String component() {
        return "programmes_catalogue";
    }

    @Override
    public List<? extends JavaMigration> migrations() {
        return List.of(new LoadCatalogue("1", "programmes of the plan 2018-2021"));
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

    static List<Entry> read() {
        try (InputStream in = ProgrammeCatalogue.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            return new ObjectMapper(new YAMLFactory()).readerForListOf(Entry.class).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record LoadCatalogue(String version, String description) implements JavaMigration {

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(version);
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Integer getChecksum() {
            CRC32 crc = new CRC32();
            read().forEach(entry -> crc.update(entry.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return (int) crc.getValue();
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
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
