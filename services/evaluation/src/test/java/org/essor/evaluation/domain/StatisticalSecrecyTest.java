package org.essor.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essor.evaluation.domain.StatisticalSecrecy.TOTAL;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.essor.evaluation.domain.StatisticalSecrecy.Cell;
import org.essor.evaluation.domain.StatisticalSecrecy.Key;
import org.junit.jupiter.api.Test;

class StatisticalSecrecyTest {

    private static final List<String> DEPARTEMENTS =
            List.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65");
    private static final List<String> FAMILIES = List.of("ASSOCIATION", "COOPERATIVE", "MUTUAL", "FOUNDATION",
            "COMMERCIAL_ESS");

    @Test
    void aSmallCellIsHiddenWithAComplementInItsRowAndInItsColumn() {
        List<Cell> table = enterprises(new String[][] {
                {"09", "40", "3", "12"},
                {"31", "200", "35", "20"},
                {"34", "150", "25", "18"}});

        Set<Key> hidden = StatisticalSecrecy.suppressed(table);

        // 09 × MUTUAL is the smallest of row 09, 34 × COOPERATIVE the smallest of column COOPERATIVE; the two leave
        // row 34 and column MUTUAL each with one hidden cell, and 34 × MUTUAL closes both.
        assertThat(hidden).containsExactlyInAnyOrder(
                new Key("09", "COOPERATIVE"), new Key("09", "MUTUAL"),
                new Key("34", "COOPERATIVE"), new Key("34", "MUTUAL"));
        assertThat(recoverable(table, hidden)).isEmpty();
    }

    @Test
    void aTableOfLargeCellsHidesNothing() {
        List<Cell> table = enterprises(new String[][] {
                {"09", "40", "5", "12"},
                {"31", "200", "35", "20"},
                {"34", "150", "25", "18"}});

        assertThat(StatisticalSecrecy.suppressed(table)).isEmpty();
    }

    @Test
    void cellsWithoutContributorsAreKnownZerosAndStayShown() {
        List<Cell> table = enterprises(new String[][] {
                {"09", "40", "0", "12"},
                {"31", "200", "35", "0"},
                {"34", "150", "25", "18"}});

        assertThat(StatisticalSecrecy.suppressed(table)).isEmpty();
    }

    @Test
    void aLineWhoseOtherCellsAreKnownZerosHasItsMarginHidden() {
        // Column COOPERATIVE's complement for 31 is 09's only cooperative cell; row 09 has nothing else to hide.
        List<Cell> table = enterprises(new String[][] {
                {"09", "0", "8", "0"},
                {"31", "30", "2", "10"},
                {"34", "40", "20", "15"}});

        Set<Key> hidden = StatisticalSecrecy.suppressed(table);

        assertThat(hidden).contains(new Key("31", "COOPERATIVE"), new Key("09", "COOPERATIVE"), new Key("09", TOTAL));
        assertThat(hidden).containsExactlyInAnyOrder(
                new Key("09", "COOPERATIVE"), new Key("09", TOTAL),
                new Key("31", "COOPERATIVE"), new Key("31", "MUTUAL"), new Key("31", TOTAL),
                new Key("34", "COOPERATIVE"), new Key("34", "MUTUAL"));
        assertThat(linesWithOneHiddenCell(table, hidden)).isEmpty();
    }

    @Test
    void aLineWithoutItsMarginStatesNoEquationAndNeedsNoComplement() {
        List<Cell> withMargins = enterprises(new String[][] {
                {"09", "40", "3", "12"},
                {"31", "200", "35", "20"},
                {"34", "150", "25", "18"}});
        List<Cell> interiorOnly = withMargins.stream()
                .filter(cell -> !cell.row().equals(TOTAL) && !cell.column().equals(TOTAL)).toList();
        List<Cell> columnTotalsOnly = withMargins.stream().filter(cell -> !cell.column().equals(TOTAL)).toList();

        assertThat(StatisticalSecrecy.suppressed(interiorOnly)).containsExactly(new Key("09", "COOPERATIVE"));
        assertThat(StatisticalSecrecy.suppressed(columnTotalsOnly))
                .containsExactlyInAnyOrder(new Key("09", "COOPERATIVE"), new Key("34", "COOPERATIVE"));
    }

    @Test
    void aSmallMarginIsHiddenToo() {
        List<Cell> table = enterprises(new String[][] {
                {"09", "1", "1", "1"},
                {"31", "200", "35", "20"},
                {"34", "150", "25", "18"}});

        assertThat(StatisticalSecrecy.suppressed(table)).contains(new Key("09", "ASSOCIATION"),
                new Key("09", "COOPERATIVE"), new Key("09", "MUTUAL"), new Key("09", TOTAL));
    }

    @Test
    void theAttackerSolvingALineFindsACellHiddenAlone() {
        List<Cell> table = enterprises(new String[][] {
                {"09", "40", "3", "12"},
                {"31", "200", "35", "20"},
                {"34", "150", "25", "18"}});

        assertThat(recoverable(table, Set.of(new Key("09", "COOPERATIVE"))))
                .containsEntry(new Key("09", "COOPERATIVE"), new BigDecimal("3"));
    }

    @Test
    void cellsSolvedByCombiningLinesGetAComplementToo() {
        List<Cell> table = enterprises(new String[][] {
                {"09", "13", "0", "0"},
                {"31", "0", "8", "11"},
                {"34", "4", "0", "1"}});
        // What checking each line on its own hides: no line has a single hidden cell.
        Set<Key> lineByLine = Set.of(
                new Key("09", "ASSOCIATION"), new Key("09", TOTAL),
                new Key("31", "COOPERATIVE"), new Key("31", "MUTUAL"),
                new Key("34", "ASSOCIATION"), new Key("34", "MUTUAL"), new Key("34", TOTAL),
                new Key(TOTAL, "COOPERATIVE"), new Key(TOTAL, "MUTUAL"));
        assertThat(linesWithOneHiddenCell(table, lineByLine)).isEmpty();
        assertThat(recoverable(table, lineByLine)).isEmpty();

        // Yet row 31 gives COOPERATIVE + MUTUAL = 19 and the row of totals COOPERATIVE + MUTUAL = 37 - 17 = 20; column
        // COOPERATIVE is row 31's cell alone, column MUTUAL row 31's cell and 34's: 34 × MUTUAL = 20 - 19.
        BigDecimal row31 = value(table, new Key("31", TOTAL));
        BigDecimal totalsOfCooperativesAndMutuals =
                value(table, new Key(TOTAL, TOTAL)).subtract(value(table, new Key(TOTAL, "ASSOCIATION")));
        assertThat(totalsOfCooperativesAndMutuals.subtract(row31)).isEqualByComparingTo("1");
        assertThat(determined(table, lineByLine)).containsExactly(new Key("34", "MUTUAL"));

        Set<Key> hidden = StatisticalSecrecy.suppressed(table);

        // Row 34 and column MUTUAL have no shown cell left with contributors; of the lines through their hidden cells,
        // the row and the column of totals show the smallest: the associations' total, 17, before row 31's 19.
        assertThat(hidden).containsAll(lineByLine).hasSize(lineByLine.size() + 1)
                .contains(new Key(TOTAL, "ASSOCIATION"));
        assertThat(determined(table, hidden)).isEmpty();
        assertThat(linesWithOneHiddenCell(table, hidden)).isEmpty();
    }

    @Test
    void seededRandomTablesKeepEveryHiddenCellOutOfReach() {
        Random random = new Random(20_260_611L);
        for (int i = 0; i < 200; i++) {
            List<Cell> table = randomTable(random);

            Set<Key> hidden = StatisticalSecrecy.suppressed(table);

            String description = "table " + i + ": " + table;
            assertThat(table).as(description)
                    .filteredOn(cell -> cell.contributors() > 0
                            && cell.contributors() < StatisticalSecrecy.MINIMUM_CONTRIBUTORS)
                    .allSatisfy(cell -> assertThat(hidden).contains(key(cell)));
            assertThat(table.stream().map(StatisticalSecrecyTest::key).toList()).as(description).containsAll(hidden);
            assertThat(linesWithOneHiddenCell(table, hidden)).as(description).isEmpty();
            assertThat(recoverable(table, hidden)).as(description).isEmpty();
            assertThat(determined(table, hidden)).as(description).isEmpty();

            List<Cell> shuffled = new ArrayList<>(table);
            Collections.shuffle(shuffled, random);
            assertThat(StatisticalSecrecy.suppressed(shuffled)).as(description).isEqualTo(hidden);
        }
    }

    @Test
    void aTableWithTwoCellsAtOnePlaceIsRefused() {
        Cell cell = new Cell("09", "MUTUAL", BigDecimal.TEN, 10);

        assertThatThrownBy(() -> StatisticalSecrecy.suppressed(List.of(cell, cell)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("09");
    }

    /** Counts of enterprises by département (first column) and legal family, margins added. */
    private static List<Cell> enterprises(String[][] rows) {
        Map<Key, Long> counts = new LinkedHashMap<>();
        Map<Key, BigDecimal> values = new HashMap<>();
        for (String[] row : rows) {
            for (int f = 1; f < row.length; f++) {
                Key key = new Key(row[0], FAMILIES.get(f - 1));
                counts.put(key, Long.parseLong(row[f]));
                values.put(key, new BigDecimal(row[f]));
            }
        }
        return withMargins(counts, values, Set.of());
    }

    /**
     * A table of 2 to 6 départements × 2 to 5 legal families, of counts or of amounts, with small, empty and missing
     * cells; one margin in ten is left out.
     */
    private static List<Cell> randomTable(Random random) {
        boolean amounts = random.nextBoolean();
        List<String> rows = DEPARTEMENTS.subList(0, 2 + random.nextInt(5));
        List<String> columns = FAMILIES.subList(0, 2 + random.nextInt(4));
        Map<Key, Long> counts = new LinkedHashMap<>();
        Map<Key, BigDecimal> values = new HashMap<>();
        for (String row : rows) {
            for (String column : columns) {
                int draw = random.nextInt(10);
                if (draw == 0) {
                    continue;
                }
                Key key = new Key(row, column);
                long count = draw == 1 ? 0 : draw <= 4 ? 1 + random.nextInt(4) : 1 + random.nextInt(60);
                counts.put(key, count);
                values.put(key, amounts ? BigDecimal.valueOf(count * (100_000L + random.nextInt(5_000_000)), 2)
                        : BigDecimal.valueOf(count));
            }
        }
        Set<Key> missingMargins = new HashSet<>();
        rows.stream().filter(row -> random.nextInt(10) == 0).forEach(row -> missingMargins.add(new Key(row, TOTAL)));
        columns.stream().filter(column -> random.nextInt(10) == 0)
                .forEach(column -> missingMargins.add(new Key(TOTAL, column)));
        return withMargins(counts, values, missingMargins);
    }

    /** The inner cells and every margin not said missing, margins being sums of values and of contributors. */
    private static List<Cell> withMargins(Map<Key, Long> counts, Map<Key, BigDecimal> values, Set<Key> missing) {
        Map<Key, Cell> cells = new LinkedHashMap<>();
        counts.forEach((key, count) -> {
            BigDecimal value = values.get(key);
            cells.put(key, new Cell(key.row(), key.column(), value, count));
            for (Key margin : List.of(new Key(key.row(), TOTAL), new Key(TOTAL, key.column()), new Key(TOTAL, TOTAL))) {
                cells.merge(margin, new Cell(margin.row(), margin.column(), value, count), (a, b) ->
                        new Cell(a.row(), a.column(), a.value().add(b.value()), a.contributors() + b.contributors()));
            }
        });
        missing.forEach(cells::remove);
        return List.copyOf(cells.values());
    }

    /** A row or a column whose margin is published: the margin and its inner cells. */
    private record Line(Cell margin, List<Cell> inner) {
    }

    private static List<Line> lines(List<Cell> table) {
        List<Line> lines = new ArrayList<>();
        for (Cell margin : table) {
            if (margin.column().equals(TOTAL)) {
                lines.add(new Line(margin, table.stream()
                        .filter(cell -> cell.row().equals(margin.row()) && !cell.column().equals(TOTAL)).toList()));
            }
            if (margin.row().equals(TOTAL)) {
                lines.add(new Line(margin, table.stream()
                        .filter(cell -> cell.column().equals(margin.column()) && !cell.row().equals(TOTAL)).toList()));
            }
        }
        return lines;
    }

    private static List<Line> linesWithOneHiddenCell(List<Cell> table, Set<Key> hidden) {
        return lines(table).stream().filter(line -> hiddenIn(line, hidden).size() == 1).toList();
    }

    private static List<Cell> hiddenIn(Line line, Set<Key> hidden) {
        List<Cell> cells = new ArrayList<>(line.inner());
        cells.add(line.margin());
        return cells.stream().filter(cell -> hidden.contains(key(cell))).toList();
    }

    /** What a reader works out from the published cells by solving each line's sum for its one unknown. */
    private static Map<Key, BigDecimal> recoverable(List<Cell> table, Set<Key> hidden) {
        Map<Key, BigDecimal> found = new HashMap<>();
        for (Line line : lines(table)) {
            List<Cell> unknown = hiddenIn(line, hidden);
            if (unknown.size() != 1) {
                continue;
            }
            BigDecimal shownInner = line.inner().stream().filter(cell -> !hidden.contains(key(cell)))
                    .map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            Cell target = unknown.get(0);
            found.put(key(target),
                    target.equals(line.margin()) ? shownInner : line.margin().value().subtract(shownInner));
        }
        return found;
    }

    /**
     * The hidden cells whose value the equations of the table, all taken together, fix. Every row and column, the
     * TOTAL ones included, adds up to its margin, shown or not: the unknowns are the hidden cells and the margins left
     * out of the table. A hidden cell is free when other values of the unknowns satisfy every equation too, that is
     * when its column of coefficients is a combination of the other unknowns' columns: it is fixed exactly when taking
     * its column out lowers the rank.
     */
    private static Set<Key> determined(List<Cell> table, Set<Key> hidden) {
        Set<String> rows = new TreeSet<>(List.of(TOTAL));
        Set<String> columns = new TreeSet<>(List.of(TOTAL));
        table.forEach(cell -> {
            rows.add(cell.row());
            columns.add(cell.column());
        });
        Set<Key> inTable = table.stream().map(StatisticalSecrecyTest::key).collect(Collectors.toSet());
        Set<Key> unknowns = new LinkedHashSet<>(hidden);
        rows.forEach(row -> unknowns.add(new Key(row, TOTAL)));
        columns.forEach(column -> unknowns.add(new Key(TOTAL, column)));
        unknowns.removeIf(unknown -> inTable.contains(unknown) && !hidden.contains(unknown));
        List<Key> order = List.copyOf(unknowns);

        List<BigInteger[]> coefficients = new ArrayList<>();
        rows.forEach(row -> coefficients.add(coefficients(order,
                key -> key.row().equals(row) && !key.column().equals(TOTAL), new Key(row, TOTAL))));
        columns.forEach(column -> coefficients.add(coefficients(order,
                key -> key.column().equals(column) && !key.row().equals(TOTAL), new Key(TOTAL, column))));
        int rank = rank(coefficients, -1);
        Set<Key> determined = new HashSet<>();
        for (int u = 0; u < hidden.size(); u++) {
            if (rank(coefficients, u) < rank) {
                determined.add(order.get(u));
            }
        }
        return determined;
    }

    /** A line's equation, its inner cells less its margin, on the unknowns; the shown cells are constants. */
    private static BigInteger[] coefficients(List<Key> unknowns, Predicate<Key> inner, Key margin) {
        return unknowns.stream()
                .map(unknown -> unknown.equals(margin) ? BigInteger.ONE.negate()
                        : inner.test(unknown) ? BigInteger.ONE : BigInteger.ZERO)
                .toArray(BigInteger[]::new);
    }

    /** The rank of the matrix without column left out (none if -1), by row echelon form in integers. */
    private static int rank(List<BigInteger[]> matrix, int leftOut) {
        List<BigInteger[]> rows = new ArrayList<>();
        for (BigInteger[] row : matrix) {
            List<BigInteger> kept = new ArrayList<>(List.of(row));
            if (leftOut >= 0) {
                kept.remove(leftOut);
            }
            rows.add(kept.toArray(BigInteger[]::new));
        }
        int rank = 0;
        int columns = rows.isEmpty() ? 0 : rows.get(0).length;
        for (int column = 0; column < columns && rank < rows.size(); column++) {
            int pivot = rank;
            while (pivot < rows.size() && rows.get(pivot)[column].signum() == 0) {
                pivot++;
            }
            if (pivot == rows.size()) {
                continue;
            }
            Collections.swap(rows, rank, pivot);
            BigInteger[] pivotRow = rows.get(rank);
            for (int r = rank + 1; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                BigInteger factor = row[column];
                for (int c = 0; c < columns; c++) {
                    row[c] = row[c].multiply(pivotRow[column]).subtract(pivotRow[c].multiply(factor));
                }
            }
            rank++;
        }
        return rank;
    }

    private static BigDecimal value(List<Cell> table, Key key) {
        return table.stream().filter(cell -> key(cell).equals(key)).findFirst().orElseThrow().value();
    }

    private static Key key(Cell cell) {
        return new Key(cell.row(), cell.column());
    }
}
