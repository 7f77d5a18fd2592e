package org.essor.programmes.domain;

import org.essor.kernel.Luhn;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** A SIREN (9 digits, Luhn key), for an enterprise that applies without being in the ESS register. */
public final class Siren {

    private Siren() {
    }

    /** The SIREN if it is valid; else a 422 naming {@code field}. */
    public static String checked(String field, String siren) {
        if (siren == null || !siren.matches("\\d{9}") || !Luhn.isValid(siren)) {
            throw new RuleViolationException(new Violation(field, "not a valid SIREN (9 digits with a valid key)"));
        }
        return siren;
    }
}
