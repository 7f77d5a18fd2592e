package org.essor.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Statistical secrecy for a published two-way table of counts or amounts with its margins.
 *
 * <p>A cell aggregated from fewer than {@link #MINIMUM_CONTRIBUTORS} units would let a reader learn about a single
 * enterprise, so it is not shown (primary suppression). Hiding it is not enough: a row or a column whose total is shown
 * is an equation, and if exactly one of its cells is hidden that cell is its total minus the others. Such a line gets
 * a second cell hidden (secondary suppression), the one costing the least information: the smallest value. Each new
 * hidden cell may leave another line with a single hidden cell, so lines are checked again until none does.
 *
 * <p>That closes the attack by one line's equation, the one a reader with a spreadsheet can run, but several lines'
 * equations combined can still give a hidden cell. Say a row and the row of column totals each hide two cells, in the
 * same two columns, and one of these columns hides a third cell: the two columns' equations, less the row's and the
 * total row's, leave that third cell alone. So the hidden cells are then checked against the whole system of the lines'
 * equations, the hidden cells being its unknowns ({@link LinearDisclosure}); in the row and the column of totals, a
 * margin left out of the table is replaced by its line's cells, which add up to it. A hidden cell the system determines
 * gets one more cell hidden in one of its lines, the smallest again; then the lines are checked one by one again, and
 * the system, until no hidden cell has a single possible value. It does not search for an optimal pattern.
 */
public final class StatisticalSecrecy {

    public static final int MINIMUM_CONTRIBUTORS = 5;
    public static final String TOTAL = "TOTAL";

    /**
     * A cell of a two-way table with margins: row and column are dimension values, TOTAL for a margin ((TOTAL, TOTAL)
     * is the grand total). contributors is how many units the value aggregates.
     */
    public record Cell(String row, String column, BigDecimal value, long contributors) { }

    public record Key(String row, String column) { }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::row).thenComparing(Key::column);

    /** The complement giving away the least: smallest value, then fewest contributors, then the key for determinism. */
    private static final Comparator<Cell> COMPLEMENT_ORDER = Comparator.comparing(Cell::value)
            .thenComparingLong(Cell::contributors)
            .thenComparing(Cell::row)
            .thenComparing(Cell::column);

    /** A row or a column whose margin is published: its inner cells add up to the margin. */
    private record Line(Cell margin, List<Cell> inner) { }

    private StatisticalSecrecy() {
    }

    /** The cells of the table not to show. */
    public static Set<Key> suppressed(Collection<Cell> cells) {
        Map<Key, Cell> table = indexed(cells);
        Set<Key> hidden = new TreeSet<>(KEY_ORDER);
        table.values().stream().filter(StatisticalSecrecy::isPrimary).forEach(cell -> hidden.add(key(cell)));

        List<Line> lines = lines(table);
        List<Line> system = system(table);
        do {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Line line : lines) {
                    changed |= protect(line, hidden);
                }
            }
        } while (protectDetermined(system, hidden));
        return Collections.unmodifiableSet(hidden);
    }

    private static boolean isPrimary(Cell cell) {
        return cell.contributors() > 0 && cell.contributors() < MINIMUM_CONTRIBUTORS;
    }

    /** Hides one more cell of a line that has exactly one hidden cell; tells whether it did. */
    private static boolean protect(Line line, Set<Key> hidden) {
        long hiddenInLine = line.inner().stream().filter(cell -> hidden.contains(key(cell))).count()
                + (hidden.contains(key(line.margin())) ? 1 : 0);
        if (hiddenInLine != 1) {
            return false;
        }
        // A cell with no contributors is a known zero: hiding it would hide nothing.
        Optional<Cell> complement = line.inner().stream()
                .filter(cell -> cell.contributors() > 0 && !hidden.contains(key(cell)))
                .min(COMPLEMENT_ORDER);
        if (complement.isPresent()) {
            return hidden.add(key(complement.get()));
        }
        // No complement: hide the margin. If it is already the hidden one, it adds up known zeros and hides nothing.
        return hidden.add(key(line.margin()));
    }

    /**
     * Hides one more cell for the first hidden cell, in key order, that the lines' equations taken together determine;
     * tells whether it did. One at a time, for a new hidden cell often leaves other cells undetermined too.
     */
    private static boolean protectDetermined(List<Line> lines, Set<Key> hidden) {
        Set<Key> determined = LinearDisclosure.determined(equations(lines, hidden));
        Optional<Key> exposed = hidden.stream().filter(determined::contains).findFirst();
        if (exposed.isEmpty()) {
            return false;
        }
        Optional<Cell> complement = complement(exposed.get(), lines, hidden);
        return complement.isPresent() && hidden.add(key(complement.get()));
    }

    /**
     * The cell to hide for a determined one: the smallest shown cell with contributors in the cell's own lines, else
     * one of their margins. If those lines are hidden through, the search widens to the lines through their hidden
     * cells, and so on, for only a cell in a line the equations chain the determined cell to can break the chain.
     * None left means every cell with contributors in these lines is hidden, and then none of them is determined,
     * as long as margins count their lines' contributors.
     */
    private static Optional<Cell> complement(Key exposed, List<Line> lines, Set<Key> hidden) {
        Set<Key> reached = Set.of(exposed);
        List<Line> visited = new ArrayList<>();
        while (true) {
            Set<Key> through = reached;
            List<Line> ring = lines.stream()
                    .filter(line -> !visited.contains(line) && cells(line).anyMatch(through::contains)).toList();
            if (ring.isEmpty()) {
                return Optional.empty();
            }
            Optional<Cell> inner = ring.stream().flatMap(line -> line.inner().stream())
                    .filter(cell -> cell.contributors() > 0 && !hidden.contains(key(cell)))
                    .min(COMPLEMENT_ORDER);
            if (inner.isPresent()) {
                return inner;
            }
            Optional<Cell> margin = ring.stream().map(Line::margin)
                    .filter(cell -> !hidden.contains(key(cell)))
                    .min(COMPLEMENT_ORDER);
            if (margin.isPresent()) {
                return margin;
            }
            visited.addAll(ring);
            reached = ring.stream().flatMap(StatisticalSecrecy::cells).filter(hidden::contains)
                    .collect(Collectors.toSet());
        }
    }

    /**
     * Each line's equation in the hidden cells, the shown ones being constants: inner cells count 1 and the margin -1.
     * Lines without a hidden cell say nothing about them.
     */
    private static List<Map<Key, Integer>> equations(List<Line> lines, Set<Key> hidden) {
        List<Map<Key, Integer>> equations = new ArrayList<>();
        for (Line line : lines) {
            Map<Key, Integer> equation = new HashMap<>();
            line.inner().stream().map(StatisticalSecrecy::key).filter(hidden::contains)
                    .forEach(cell -> equation.put(cell, 1));
            if (hidden.contains(key(line.margin()))) {
                equation.put(key(line.margin()), -1);
            }
            if (!equation.isEmpty()) {
                equations.add(equation);
            }
        }
        return equations;
    }

    /** The keys of a line's inner cells and margin. */
    private static Stream<Key> cells(Line line) {
        return Stream.concat(line.inner().stream(), Stream.of(line.margin())).map(StatisticalSecrecy::key);
    }

    /**
     * The equations a reader combines: each row and column whose margin is in the table, and the row and the column of
     * totals, whose cells add up to the grand total when it is in the table. There a margin left out is the sum of its
     * line's cells, so these cells take its place.
     */
    private static List<Line> system(Map<Key, Cell> table) {
        Map<String, List<Cell>> byRow = new TreeMap<>();
        Map<String, List<Cell>> byColumn = new TreeMap<>();
        for (Cell cell : table.values()) {
            boolean rowMargin = cell.column().equals(TOTAL);
            boolean columnMargin = cell.row().equals(TOTAL);
            if (!columnMargin) {
                byRow.computeIfAbsent(cell.row(), row -> new ArrayList<>());
            }
            if (!rowMargin) {
                byColumn.computeIfAbsent(cell.column(), column -> new ArrayList<>());
            }
            if (!rowMargin && !columnMargin) {
                byRow.get(cell.row()).add(cell);
                byColumn.get(cell.column()).add(cell);
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Cell> rowTotals = totals(byRow, row -> new Key(row, TOTAL), table, lines);
        List<Cell> columnTotals = totals(byColumn, column -> new Key(TOTAL, column), table, lines);
        Cell grandTotal = table.get(new Key(TOTAL, TOTAL));
        if (grandTotal != null) {
            lines.add(new Line(grandTotal, columnTotals));
            lines.add(new Line(grandTotal, rowTotals));
        }
        return lines;
    }

    /**
     * Adds the lines whose margin is in the table; returns what adds up to the grand total: each line's margin, or its
     * cells when the margin is left out.
     */
    private static List<Cell> totals(Map<String, List<Cell>> inner, Function<String, Key> margin, Map<Key, Cell> table,
            List<Line> lines) {
        List<Cell> totals = new ArrayList<>();
        inner.forEach((name, cells) -> {
            Cell total = table.get(margin.apply(name));
            if (total == null) {
                totals.addAll(cells);
            } else {
                lines.add(new Line(total, List.copyOf(cells)));
                totals.add(total);
            }
        });
        return List.copyOf(totals);
    }

    /** Every row and column, the TOTAL ones included, whose margin is in the table; the others state no equation. */
    private static List<Line> lines(Map<Key, Cell> table) {
        // Sorted, for the complements chosen depend on the order the lines are visited in.
        Map<String, List<Cell>> byRow = new TreeMap<>();
        Map<String, List<Cell>> byColumn = new TreeMap<>();
        for (Cell cell : table.values()) {
            if (!cell.column().equals(TOTAL)) {
                byRow.computeIfAbsent(cell.row(), row -> new ArrayList<>()).add(cell);
            }
            if (!cell.row().equals(TOTAL)) {
                byColumn.computeIfAbsent(cell.column(), column -> new ArrayList<>()).add(cell);
            }
        }
        List<Line> lines = new ArrayList<>();
        byRow.forEach((row, inner) -> line(table.get(new Key(row, TOTAL)), inner, lines));
        byColumn.forEach((column, inner) -> line(table.get(new Key(TOTAL, column)), inner, lines));
        return lines;
    }

    private static void line(Cell margin, List<Cell> inner, List<Line> lines) {
        if (margin != null) {
            lines.add(new Line(margin, List.copyOf(inner)));
        }
    }

    private static Map<Key, Cell> indexed(Collection<Cell> cells) {
        Map<Key, Cell> table = new HashMap<>();
        for (Cell cell : cells) {
            if (cell == null || cell.row() == null || cell.column() == null || cell.value() == null) {
                throw new IllegalArgumentException("a cell needs a row, a column and a value: " + cell);
            }
            if (cell.contributors() < 0) {
                throw new IllegalArgumentException("negative contributors: " + cell);
            }
            if (table.put(key(cell), cell) != null) {
                throw new IllegalArgumentException("two cells at " + key(cell));
            }
        }
        return table;
    }

    private static Key key(Cell cell) {
        return new Key(cell.row(), cell.column());
    }
}
