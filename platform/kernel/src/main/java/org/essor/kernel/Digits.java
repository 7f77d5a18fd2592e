package org.essor.kernel;

/** Plain ASCII digits, as INSEE's and the state's identifiers are written (no other Unicode digit passes). */
public final class Digits {

    private Digits() {
    }

    /** Whether {@code text} is one or more of the digits 0-9 and nothing else. */
    public static boolean only(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
