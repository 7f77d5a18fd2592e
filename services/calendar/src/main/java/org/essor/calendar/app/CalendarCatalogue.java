package org.essor.calendar.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.essor.persistence.PlatformSchema;
import org.essor.persistence.VersionedMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads the categories of events and the plan's axes from the reference data shipped in the service: the recurring
 * events the plan names ({@code reference/recurring-events.yaml}: the Mois de l'ESS, Coventis, the P'tit déj ESS...,
 * and the economic fairs where it seeks an ESS presence), the generic kinds of event (workshop, training, fair,
 * conference, networking), and the seven axes ({@code reference/plan-axes.yaml}). A versioned migration with its
 * own history: a new edition of a file comes with a new version here.
 */
@Singleton
public class CalendarCatalogue implements PlatformSchema {

    static final String EVENTS_FILE = "reference/recurring-events.yaml";
    static final String AXES_FILE = "reference/plan-axes.yaml";

    /** The kinds of event that are not one of the plan's recurring events. */
    static final Map<String, String> GENERIC_KINDS = Map.of("WORKSHOP", "Atelier", "TRAINING", "Formation",
            "FAIR", "Salon", "CONFERENCE", "Conférence", "NETWORKING", "Rencontre professionnelle");

    @Override
    public String component() {
        return "calendar_catalogue";
    }

    @Override
    public List<? extends JavaMigration> migrations() {
        return List.of(new LoadCatalogue("1", "event categories and plan axes of the plan 2018-2021"));
    }

    /** One recurring event of the plan, as the reference file gives it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecurringEvent(String code, String name, String recurrence, String organiser, Integer axis,
                                 @JsonProperty("third_party_fair") Boolean thirdPartyFair,
                                 @JsonProperty("third_party_event") Boolean thirdPartyEvent, String source) {
    }

    /** One axis of the plan (the entries with a number; the SRDEII entries after them have none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Axis(Integer number, String code, String title) {
    }

    public static List<RecurringEvent> recurringEvents() {
        return read(EVENTS_FILE, RecurringEvent.class);
    }

    public static List<Axis> axes() {
        return read(AXES_FILE, Axis.class).stream().filter(axis -> axis.number() != null).toList();
    }

    private static <T> List<T> read(String file, Class<T> type) {
        try (InputStream in = resource(file)) {
            return new ObjectMapper(new YAMLFactory()).readerForListOf(type).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = CalendarCatalogue.class.getClassLoader().getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("Missing " + file);
        }
        return in;
    }

    private static final class LoadCatalogue extends VersionedMigration {

        LoadCatalogue(String version, String description) {
            super(version, description);
        }

        /** The two files as shipped: their checksum is the migration's. */
        @Override
        protected String content() {
            try (InputStream events = resource(EVENTS_FILE); InputStream axes = resource(AXES_FILE)) {
                return new String(events.readAllBytes(), StandardCharsets.UTF_8) + new String(axes.readAllBytes(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void migrate(Context context) throws Exception {
            Map<Integer, String> axisCodes = axes().stream().collect(Collectors.toMap(Axis::number, Axis::code));
            try (PreparedStatement axis = context.getConnection().prepareStatement(
                    "INSERT INTO plan_axis (code, number, title) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING");
                 PreparedStatement category = context.getConnection().prepareStatement("""
                         INSERT INTO event_category (code, name, recurring, recurrence, organiser, axis, third_party_fair, source)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")) {
                for (Axis entry : axes()) {
                    axis.setString(1, entry.code());
                    axis.setInt(2, entry.number());
                    axis.setString(3, entry.title());
                    axis.addBatch();
                }
                axis.executeBatch();
                for (RecurringEvent event : recurringEvents()) {
                    category.setString(1, event.code());
                    category.setString(2, event.name());
                    category.setBoolean(3, true);
                    category.setString(4, event.recurrence());
                    category.setString(5, event.organiser());
                    category.setString(6, event.axis() == null ? null : axisCodes.get(event.axis()));
                    category.setBoolean(7, Boolean.TRUE.equals(event.thirdPartyFair()) || Boolean.TRUE.equals(event.thirdPartyEvent()));
                    category.setString(8, event.source());
                    category.addBatch();
                }
                for (var kind : GENERIC_KINDS.entrySet()) {
                    category.setString(1, kind.getKey());
                    category.setString(2, kind.getValue());
                    category.setBoolean(3, false);
                    category.setString(4, null);
                    category.setString(5, null);
                    category.setString(6, null);
                    category.setBoolean(7, false);
                    category.setString(8, null);
                    category.addBatch();
                }
                category.executeBatch();
            }
        }
    }
}
