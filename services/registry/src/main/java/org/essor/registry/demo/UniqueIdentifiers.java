package org.essor.registry.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.essor.kernel.Luhn;

/** Draws SIREN, SIRET and RNA numbers that pass their checks and never repeat within one generation. */
final class UniqueIdentifiers {

    private static final String LA_POSTE_PAYLOAD = "35600000";

    private final Random random;
    private final Set<String> sirens = new HashSet<>();
    private final Set<String> rnas = new HashSet<>();

    UniqueIdentifiers(Random random) {
        this.random = random;
    }

    /** A SIREN with a right Luhn check digit; the first digit is 3 to 9, since 1 and 2 mark public bodies. */
    String siren() {
        while (true) {
            String payload = (3 + random.nextInt(7)) + digits(random.nextInt(10_000_000), 7);
            if (payload.equals(LA_POSTE_PAYLOAD)) {
                continue;
            }
            String siren = payload + Luhn.checkDigit(payload);
            if (sirens.add(siren)) {
                return siren;
            }
        }
    }

    /** {@code count} SIRETs of {@code siren}, their NIC sequence numbers increasing as INSEE allots them. */
    List<String> sirets(String siren, int count) {
        List<String> sirets = new ArrayList<>(count);
        int sequence = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String payload = siren + digits(sequence, 4);
            sirets.add(payload + Luhn.checkDigit(payload));
            sequence += 1 + random.nextInt(8);
        }
        return sirets;
    }

    /** An RNA number as a prefecture of {@code departementCode} gives them: W, its greffe code, 6 digits. */
    String rna(String departementCode) {
        while (true) {
            String rna = "W" + departementCode + (1 + random.nextInt(3)) + digits(random.nextInt(1_000_000), 6);
            if (rnas.add(rna)) {
                return rna;
            }
        }
    }

    private static String digits(int value, int width) {
        String text = Integer.toString(value);
        return "0".repeat(width - text.length()) + text;
    }
}
