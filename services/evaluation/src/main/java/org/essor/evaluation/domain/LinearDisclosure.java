package org.essor.evaluation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unknowns of a system of linear equations with integer coefficients have a single possible value.
 *
 * <p>Only the left-hand sides matter: whether an unknown is fixed does not depend on the constants, provided the system
 * has a solution, which it has when the constants come from a real table. An unknown is fixed exactly when its unit
 * vector is a combination of the equations, that is when the reduced row echelon form of the coefficients has a row
 * whose only non-zero entry is that unknown's.
 *
 * <p>The elimination is exact: each row is combined with the pivot row by cross-multiplication and divided by the
 * greatest common divisor of its entries. With the equations of the columns and of the row of totals negated, a
 * table's equations have each cell at most once with 1 and once with -1: the incidence matrix of a directed graph,
 * totally unimodular, so the entries stay within -1, 0 and 1. The arithmetic still fails loudly on an overflow rather
 * than giving a wrong answer.
 */
final class LinearDisclosure {

    private LinearDisclosure() {
    }

    /**
     * The unknowns whose value the equations fix. Each equation maps its unknowns to their coefficients; an unknown in
     * no equation is free.
     */
    static <T> Set<T> determined(List<Map<T, Integer>> equations) {
        Map<T, Integer> columns = new LinkedHashMap<>();
        for (Map<T, Integer> equation : equations) {
            equation.keySet().forEach(unknown -> columns.putIfAbsent(unknown, columns.size()));
        }
        List<T> unknowns = new ArrayList<>(columns.keySet());

        long[][] rows = new long[equations.size()][unknowns.size()];
        for (int r = 0; r < rows.length; r++) {
            for (Map.Entry<T, Integer> term : equations.get(r).entrySet()) {
                rows[r][columns.get(term.getKey())] += term.getValue();
            }
        }
        int rank = reduce(rows);

        Set<T> determined = new HashSet<>();
        for (int r = 0; r < rank; r++) {
            int onlyColumn = onlyNonZeroColumn(rows[r]);
            if (onlyColumn >= 0) {
                determined.add(unknowns.get(onlyColumn));
            }
        }
        return determined;
    }

    /**
     * Brings the rows to reduced row echelon form up to a non-zero factor per row (Gauss-Jordan, fraction-free): each
     * pivot is the only non-zero entry of its column. Returns the rank, the non-zero rows coming first.
     */
    private static int reduce(long[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        int rank = 0;
        for (int column = 0; column < columns && rank < rows.length; column++) {
            int pivot = rank;
            while (pivot < rows.length && rows[pivot][column] == 0) {
                pivot++;
            }
            if (pivot == rows.length) {
                continue;
            }
            long[] swapped = rows[rank];
            rows[rank] = rows[pivot];
            rows[pivot] = swapped;
            for (int r = 0; r < rows.length; r++) {
                if (r != rank && rows[r][column] != 0) {
                    eliminate(rows[r], rows[rank], column);
                }
            }
            rank++;
        }
        return rank;
    }

    /** row := pivotRow[column] × row − row[column] × pivotRow, then divided by the gcd of its entries. */
    private static void eliminate(long[] row, long[] pivotRow, int column) {
        long factor = row[column];
        long pivot = pivotRow[column];
        long gcd = 0;
        for (int c = 0; c < row.length; c++) {
            row[c] = Math.subtractExact(Math.multiplyExact(pivot, row[c]), Math.multiplyExact(factor, pivotRow[c]));
            gcd = gcd(gcd, Math.abs(row[c]));
        }
        if (gcd > 1) {
            for (int c = 0; c < row.length; c++) {
                row[c] /= gcd;
            }
        }
    }

    /** The column of the row's only non-zero entry, or -1 if it has none or several. */
    private static int onlyNonZeroColumn(long[] row) {
        int found = -1;
        for (int c = 0; c < row.length; c++) {
            if (row[c] != 0) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long rest = a % b;
            a = b;
            b = rest;
        }
        return a;
    }
}
