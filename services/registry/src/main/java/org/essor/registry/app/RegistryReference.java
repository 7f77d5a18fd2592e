package org.essor.registry.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.essor.registry.domain.Territory;

/** Reference data the register works with, loaded from the plan's data shipped in the service. */
@Singleton
public class RegistryReference {

    static final String DEPARTEMENTS = "reference/departements.csv";
    @Produces
    @Singleton
    Territory occitanie() {
        try (InputStream in = RegistryReference.class.getClassLoader().getResourceAsStream(DEPARTEMENTS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> names = new LinkedHashMap<>();
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] columns = line.split(",");
                names.put(columns[0].trim(), columns[1].trim());
            });
            return new Territory(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEPARTEMENTS, e);
        }
    }
}
