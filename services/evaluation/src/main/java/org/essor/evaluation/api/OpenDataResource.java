package org.essor.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.evaluation.app.OpenDatasets;
import org.essor.evaluation.app.OpenDatasets.Dataset;
import org.essor.evaluation.app.OpenDatasets.Table;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;

import io.smallrye.mutiny.Uni;

/** Open data: the indicators' datasets, public, without personal data, under statistical secrecy. */
@Path("/api/v1/open-data")
@Tag(name = "Open data", description = "The plan's figures as open datasets")
public class OpenDataResource {

    static final String LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)";

    /** A dataset and where to get it. */
    public record DatasetView(String code, String title, String description, String indicator, List<String> columns,
                              String csv, String json, String licence) {
    }

    /** A dataset's line; {@code value} is null where statistical secrecy hides it. */
    public record LineView(int year, String departement, String category, BigDecimal value, boolean suppressed) {
    }

    public record DatasetContent(String code, String title, String description, String unit, String category,
                                 String licence, Instant computedAt, String secrecy, List<LineView> lines,
                                 List<Views.WatermarkView> freshness) {
    }

    @Inject
    OpenDatasets datasets;

    @Inject
    ServiceTime time;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = "x-essor-unpaged", value = "a handful of datasets, the whole list in one answer")
    @Operation(operationId = "listOpenDatasets", summary = "The open datasets",
            description = "Public. Each dataset: an open indicator by year, département and one more dimension, with each year's totals; in CSV and JSON. A dataset is computed at most a minute before it is served (`freshness` says up to which event of each stream).")
    @APIResponse(responseCode = "200", description = "The datasets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DatasetView.class)))
    public List<DatasetView> list() {
        return OpenDatasets.DATASETS.stream().map(dataset -> new DatasetView(dataset.code(), dataset.title(),
                dataset.description(), dataset.indicator(), columns(dataset), "/api/v1/open-data/" + dataset.code() + ".csv",
                "/api/v1/open-data/" + dataset.code() + ".json", LICENCE)).toList();
    }

    @GET
    @Path("{dataset}.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = "x-essor-unpaged", value = "a dataset is one file: years × départements × categories, bounded")
    @Operation(operationId = "getOpenDatasetJson", summary = "A dataset in JSON",
            description = "Public. A line per year, département (TOTAL for a year's total over them; NA where none is known) and category (TOTAL likewise), with its value; a cell of fewer than 5 units is suppressed (value null, suppressed true), as is any cell that would let a reader work a suppressed one out from the totals.")
    @APIResponse(responseCode = "200", description = "The dataset",
            content = @Content(schema = @Schema(implementation = DatasetContent.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> json(@PathParam("dataset") String code) {
        Dataset dataset = dataset(code);
        return datasets.table(dataset, time.today()).map(table -> Response.ok(content(table), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").build());
    }

    @GET
    @Path("{dataset}.csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(operationId = "getOpenDatasetCsv", summary = "A dataset in CSV",
            description = "Public. UTF-8, a header line, comma-separated (`separator=semicolon` for spreadsheets set to French), values with a decimal point; the same lines as the JSON, an empty value where statistical secrecy suppresses it. Text that a spreadsheet would take for a formula is prefixed with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The dataset", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> csv(@PathParam("dataset") String code, @QueryParam("separator") String separator) {
        Dataset dataset = dataset(code);
        char chosen = switch (separator == null ? "comma" : separator.trim().toLowerCase()) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            default -> throw new InvalidValueException("separator", "comma or semicolon");
        };
        return datasets.table(dataset, time.today()).map(table -> {
            List<List<String>> rows = new ArrayList<>();
            for (OpenDatasets.Line line : table.lines()) {
                rows.add(java.util.Arrays.asList(String.valueOf(line.year()), line.departement(), line.category(),
                        line.value() == null ? null : line.value().toPlainString(), line.suppressed() ? "true" : "false"));
            }
            return Response.ok(OpenDataCsv.write(columns(dataset), rows, chosen), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + dataset.code() + ".csv\"")
                    .header("Cache-Control", "no-store").build();
        });
    }

    private static Dataset dataset(String code) {
        return OpenDatasets.find(code).orElseThrow(() -> new NotFoundException("No open dataset " + code));
    }

    private static List<String> columns(Dataset dataset) {
        return List.of("year", "departement", dataset.category().parameter(), "value", "suppressed");
    }

    private DatasetContent content(Table table) {
        Dataset dataset = table.dataset();
        return new DatasetContent(dataset.code(), dataset.title(), dataset.description(), table.unit(),
                dataset.category().parameter(), LICENCE, time.now(),
                "cells of fewer than 5 units are suppressed, with enough others that none can be worked out from the totals",
                table.lines().stream().map(line -> new LineView(line.year(), line.departement(), line.category(),
                        line.value(), line.suppressed())).toList(),
                table.freshness().stream().map(Views.WatermarkView::of).toList());
    }
}
