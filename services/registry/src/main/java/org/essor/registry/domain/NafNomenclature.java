package org.essor.registry.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The sous-classes of the NAF an activity code must be one of: NAF rév. 2 from {@code reference/naf-rev2.csv}
 * (INSEE's list, with its source in the file). No list of NAF 2025 is shipped yet: its codes are checked by their form only.
 */
public final class NafNomenclature {

    static final String REV2 = "reference/naf-rev2.csv";

    private NafNomenclature() {
    }

    /** Whether the code is a sous-classe of its edition of the NAF (always true for an edition without a list). */
    public static boolean contains(NafCode naf) {
        return naf.version() != NafVersion.NAF_REV2 || Rev2.CODES.contains(naf.code());
    }

    /** How many sous-classes the NAF rév. 2 list holds. */
    static int rev2Size() {
        return Rev2.CODES.size();
    }

    private static final class Rev2 {
        static final Set<String> CODES = read(REV2);
    }

    private static Set<String> read(String resource) {
        InputStream in = NafNomenclature.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The NAF list " + resource + " is missing from the service");
        }
        Set<String> codes = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code,"))
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .forEach(codes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
