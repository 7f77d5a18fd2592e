package org.essor.testing.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The served OpenAPI of a service must equal {@code contracts/openapi/<service>.yaml}: the build fails on drift.
 * Run the service's tests with {@code -Dessor.contracts.update=true} to write the served document instead.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static void check(String service, String served) {
        Path file = ContractFiles.directory().resolve("openapi").resolve(service + ".yaml");
        String normalised = served.replace("\r\n", "\n").strip() + "\n";
        try {
            if (Boolean.getBoolean("essor.contracts.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalised);
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw new AssertionError("No committed OpenAPI at " + file + ": run the tests with -Dessor.contracts.update=true");
            }
            String committed = Files.readString(file).replace("\r\n", "\n");
            if (!committed.equals(normalised)) {
                throw new AssertionError("The served OpenAPI of " + service + " differs from " + file
                        + ". If the change is intended, run the tests with -Dessor.contracts.update=true and commit the file.\n"
                        + firstDifference(committed, normalised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n");
        String[] b = served.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "(end)";
            String right = i < b.length ? b[i] : "(end)";
            if (!left.equals(right)) {
                return "First difference at line " + (i + 1) + ":\n  committed: " + left + "\n  served:    " + right;
            }
        }
        return "";
    }
}
