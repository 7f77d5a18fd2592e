package org.essor.enterprises;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The thirteen départements of Occitanie, from the plan's reference data that each service ships
 * ({@code reference/departements.csv}, a copy of the shared reference file).
 */
public final class Departements {

    public static final Set<String> OCCITANIE = read();

    private Departements() {
    }

    private static Set<String> read() {
        try (InputStream in = Departements.class.getClassLoader().getResourceAsStream("reference/departements.csv")) {
            if (in == null) {
                throw new IllegalStateException("Missing reference/departements.csv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",")[0].trim()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
