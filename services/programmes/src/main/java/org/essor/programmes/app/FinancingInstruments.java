package org.essor.programmes.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

/**
 * The financing instruments of the plan's map (codes, names, statuses), from the reference copy the service ships
 * ({@code reference/financing-instruments.csv}): the targets a participant may be referred to until the financing
 * service publishes them.
 */
@Singleton
public class FinancingInstruments {

    static final String FILE = "reference/financing-instruments.csv";

    /** An instrument of the map; the plan's status is {@code existing}, {@code to-be-deployed} or {@code to-be-created}. */
    public record Instrument(String code, String name, String status) {

        public boolean available() {
            return "existing".equals(status);
        }
    }

    private final Map<String, Instrument> byCode = read().stream()
            .collect(Collectors.toUnmodifiableMap(Instrument::code, Function.identity()));

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    static List<Instrument> read() {
        try (InputStream in = FinancingInstruments.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = fields(reader.readLine());
            int code = header.indexOf("code");
            int name = header.indexOf("name");
            int status = header.indexOf("status");
            List<Instrument> instruments = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    List<String> row = fields(line);
                    instruments.add(new Instrument(row.get(code), row.get(name), row.get(status)));
                }
            }
            return instruments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one CSV line (RFC 4180 quoting: a quoted field may hold commas and doubled quotes). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
