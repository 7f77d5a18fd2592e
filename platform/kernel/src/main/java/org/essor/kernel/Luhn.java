package org.essor.kernel;

/** The Luhn (mod 10) check of INSEE's SIREN and SIRET numbers, which every service that reads one applies. */
public final class Luhn {

    private Luhn() {
    }

    /** Whether {@code digits}, check digit included, passes the Luhn check; false when it is not all digits. */
    public static boolean isValid(String digits) {
        return Digits.only(digits) && weightedSum(digits, false) % 10 == 0;
    }

    /** The check digit to append to {@code digitsWithoutCheck} so that the whole passes the Luhn check. */
    public static int checkDigit(String digitsWithoutCheck) {
        if (!Digits.only(digitsWithoutCheck)) {
            throw new IllegalArgumentException("Luhn check digits are computed over digits only, not \""
                    + digitsWithoutCheck + "\"");
        }
        // Once appended, the check digit takes the rightmost place, so the current rightmost digit is doubled.
        return (10 - weightedSum(digitsWithoutCheck, true) % 10) % 10;
    }

    private static int weightedSum(String digits, boolean doubleRightmost) {
        int sum = 0;
        boolean doubled = doubleRightmost;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
