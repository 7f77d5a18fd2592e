package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.essor.evaluation.app.Freshness.Watermark;
import org.essor.evaluation.app.IndicatorCatalogue.Definition;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.IndicatorValue;
import org.essor.evaluation.domain.StatisticalSecrecy;
import org.essor.evaluation.domain.StatisticalSecrecy.Cell;
import org.essor.evaluation.domain.StatisticalSecrecy.Key;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.persistence.Transactions;

import io.smallrye.mutiny.Uni;

/**
 * The open datasets: for each, an open indicator by year, département and one more dimension, with the totals of
 * each year by département, by the other dimension and overall. No personal data, and statistical secrecy: a cell of
 * fewer than five units is not shown, nor any cell that would let a reader work it out from the totals.
 */
@ApplicationScoped
public class OpenDatasets {

    /** Where a dimension has no value (an event online, an applicant without an enterprise). */
    public static final String NOT_GIVEN = "NA";

    public record Dataset(String code, String title, String description, String indicator, Dimension category) {
    }

    /** A line of a dataset; {@code value} is null when statistical secrecy hides it. */
    public record Line(int year, String departement, String category, BigDecimal value, boolean suppressed) {
    }

    public record Table(Dataset dataset, String unit, List<Line> lines, List<Watermark> freshness) {
    }

    public static final List<Dataset> DATASETS = List.of(
            new Dataset("enterprises-registered", "Entreprises de l'ESS inscrites au registre",
                    "Enterprises registered each year, by département of their head office and legal family",
                    "enterprises-registered", Dimension.LEGAL_FAMILY),
            new Dataset("programme-admissions", "Admissions dans les programmes d'accompagnement",
                    "Applications admitted each year into the support programmes, by département and programme",
                    "programme-admissions", Dimension.PROGRAMME),
            new Dataset("financing-approvals", "Financements accordés",
                    "Financing applications approved each year, by département and kind of instrument",
                    "financing-approvals", Dimension.INSTRUMENT_KIND),
            new Dataset("amounts-approved", "Montants accordés",
                    "Euros granted each year by the approved applications, by département and kind of instrument",
                    "amounts-approved", Dimension.INSTRUMENT_KIND),
            new Dataset("registrations-confirmed", "Inscriptions confirmées aux événements de l'ESS",
                    "Registrations confirmed each year to the ESS events, by département and campaign (the Mois de l'ESS...)",
                    "registrations-confirmed", Dimension.CAMPAIGN));

    /** The first year of the plan. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    private record TableKey(String dataset, LocalDate today) {
    }

    private record LinesKey(String indicator, Dimension category, LocalDate from, LocalDate to) {
    }

    /** How long public figures are kept once computed (a minute: open data is not a live feed). */
    @ConfigProperty(name = "essor.evaluation.public-figures.lifetime", defaultValue = "PT1M")
    Duration lifetime;

    private RecentAnswers<TableKey, Table> recentTables;
    private RecentAnswers<LinesKey, List<Line>> recentLines;

    @PostConstruct
    void keepRecentAnswers() {
        recentTables = new RecentAnswers<>(lifetime, 64);
        recentLines = new RecentAnswers<>(lifetime, 512);
    }

    @Inject
    IndicatorValues values;

    @Inject
    Freshness freshness;

    public static Optional<Dataset> find(String code) {
        return DATASETS.stream().filter(dataset -> dataset.code().equals(code)).findFirst();
    }

    /** The dataset published for an indicator, if any. */
    public static Optional<Dataset> ofIndicator(String indicator) {
        return DATASETS.stream().filter(dataset -> dataset.indicator().equals(indicator)).findFirst();
    }

    /** The dataset's table as it stands, computed at most {@code lifetime} ago. */
    public Uni<Table> table(Dataset dataset, LocalDate today) {
        Definition definition = IndicatorCatalogue.find(dataset.indicator()).orElseThrow();
        return recentTables.get(new TableKey(dataset.code(), today), () -> Transactions.inSession(() ->
                yearlyTables(definition, dataset.category(), FIRST_DAY, today)
                        .chain(lines -> freshness.watermarks(definition.indicator().sources())
                                .map(watermarks -> new Table(dataset, definition.indicator().unit(), lines, watermarks)))));
    }

    /** {@link #yearlyTables} as a reader without a token sees them: computed at most {@code lifetime} ago. */
    public Uni<List<Line>> publicYearlyTables(Definition definition, Dimension category, LocalDate from, LocalDate to) {
        return recentLines.get(new LinesKey(definition.indicator().code(), category, from, to),
                () -> yearlyTables(definition, category, from, to));
    }

    /**
     * An indicator's yearly tables from {@code from} (the first day of a year) to {@code to}: each year by département,
     * by the category (when not null) and overall, under statistical secrecy. Each year's table is the same whatever
     * the range asked, so that what is public is one fixed system of figures.
     */
    public Uni<List<Line>> yearlyTables(Definition definition, Dimension category, LocalDate from, LocalDate to) {
        List<List<Dimension>> groupings = category == null
                ? List.of(List.of(Dimension.YEAR, Dimension.DEPARTEMENT), List.of(Dimension.YEAR))
                : List.of(List.of(Dimension.YEAR, Dimension.DEPARTEMENT, category),
                        List.of(Dimension.YEAR, Dimension.DEPARTEMENT), List.of(Dimension.YEAR, category),
                        List.of(Dimension.YEAR));
        return Transactions.inSession(() -> {
            Uni<List<IndicatorValue>> all = Uni.createFrom().item(new ArrayList<>());
            for (List<Dimension> grouping : groupings) {
                ValuesQuery query = new ValuesQuery(from, to, grouping, Map.of());
                all = all.chain(found -> values.compute(definition, query).map(more -> {
                    found.addAll(more);
                    return found;
                }));
            }
            return all.map(found -> lines(category, found));
        });
    }

    /** Each year's two-way table with its margins, under statistical secrecy. */
    static List<Line> lines(Dimension category, List<IndicatorValue> found) {
        Map<Integer, List<Cell>> years = new TreeMap<>();
        for (IndicatorValue value : found) {
            int year = Integer.parseInt(value.dimensions().get(Dimension.YEAR));
            String departement = value.dimensions().containsKey(Dimension.DEPARTEMENT)
                    ? given(value.dimensions().get(Dimension.DEPARTEMENT)) : StatisticalSecrecy.TOTAL;
            String column = category != null && value.dimensions().containsKey(category)
                    ? given(value.dimensions().get(category)) : StatisticalSecrecy.TOTAL;
            years.computeIfAbsent(year, ignored -> new ArrayList<>())
                    .add(new Cell(departement, column, value.value() == null ? BigDecimal.ZERO : value.value(),
                            value.contributors()));
        }
        List<Line> lines = new ArrayList<>();
        years.forEach((year, cells) -> {
            Set<Key> hidden = StatisticalSecrecy.suppressed(cells);
            cells.stream()
                    .sorted(Comparator.comparing((Cell cell) -> cell.row().equals(StatisticalSecrecy.TOTAL))
                            .thenComparing(Cell::row)
                            .thenComparing(cell -> cell.column().equals(StatisticalSecrecy.TOTAL))
                            .thenComparing(Cell::column))
                    .forEach(cell -> {
                        boolean suppressed = hidden.contains(new Key(cell.row(), cell.column()));
                        lines.add(new Line(year, cell.row(), cell.column(), suppressed ? null : cell.value(), suppressed));
                    });
        });
        return lines;
    }

    private static String given(String value) {
        return value == null ? NOT_GIVEN : value;
    }
}
