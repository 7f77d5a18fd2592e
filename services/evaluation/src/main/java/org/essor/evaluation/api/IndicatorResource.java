package org.essor.evaluation.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.evaluation.app.IndicatorCatalogue;
import org.essor.evaluation.app.IndicatorReadings;
import org.essor.evaluation.app.IndicatorReadings.Reading;
import org.essor.evaluation.app.OpenDatasets;
import org.essor.evaluation.app.PlanReference;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.Indicator;
import org.essor.evaluation.domain.IndicatorValue;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;
import org.essor.security.Roles;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/** The catalogue of the plan's indicators, their values by period and dimension, and their charts. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The plan's indicators, computed from the platform's events")
public class IndicatorResource {

    static final String[] READERS = {Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER,
            Roles.FINANCE_OFFICER, Roles.EVENTS_OFFICER};

    @Inject
    IndicatorReadings readings;

    @Inject
    PlanReference plan;

    @Inject
    OpenDatasets openData;

    @Inject
    ServiceTime time;

    @Inject
    CurrentIdentityAssociation identities;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Extension(name = "x-essor-unpaged", value = "the catalogue: a few dozen indicators, the whole list in one answer")
    @Operation(operationId = "listIndicators", summary = "The catalogue of indicators",
            description = "Each indicator: its code, name, unit, plan axis, how it is computed and from which streams, the dimensions it is broken down by, whether it is open data, and the plan's baseline figure it compares with.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.IndicatorView.class)))
    public List<Views.IndicatorView> list() {
        return IndicatorCatalogue.all().stream().map(definition -> view(definition.indicator())).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Operation(operationId = "getIndicator", summary = "An indicator of the catalogue")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(schema = @Schema(implementation = Views.IndicatorView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.IndicatorView get(@PathParam("code") String code) {
        return view(IndicatorReadings.definition(code).indicator());
    }

    @GET
    @Path("{code}/values")
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Extension(name = "x-essor-unpaged", value = "one value per combination of the dimensions asked, bounded by them")
    @Operation(operationId = "getIndicatorValues", summary = "An indicator's values",
            description = "Over the days from `from` to `to` (both included, Paris time; by default the current year up to today), grouped by `groupBy` (e.g. `departement,quarter`: at most one of month, quarter, year) and kept to one value of any dimension (e.g. `programme=REALIS`). Each value comes with the target of its year and its progress towards it; the total covers the days asked. `freshness` says up to which offset of each source stream the figures are computed.")
    @Parameter(name = "from", description = "First day (ISO date)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", description = "Last day (ISO date)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "groupBy", description = "Dimensions, separated by commas: month, quarter, year, departement, axis, legal-family, programme, instrument, instrument-kind, provider, campaign")
    @APIResponse(responseCode = "200", description = "The values",
            content = @Content(schema = @Schema(implementation = Views.ValuesView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Views.ValuesView> values(@PathParam("code") String code) {
        IndicatorReadings.definition(code);
        ValuesQuery query = ValuesParams.read(uri.getQueryParameters(), time);
        return readings.read(code, query).map(Views.ValuesView::of);
    }

    @GET
    @Path("{code}/chart.svg")
    @PermitAll
    @Produces("image/svg+xml")
    @Operation(operationId = "getIndicatorChart", summary = "An indicator's chart",
            description = "An SVG chart of the values asked as for `/values`: a time series when `groupBy` names a period (by month when it names nothing; a second dimension draws one line per value), else bars per value of the first dimension (e.g. `groupBy=departement`). Public for open indicators, at the open data's grain: without a token, a chart shows whole years (`from` the 1st of January, `to` the 31st of December or today), grouped by `year` (the default), `departement` or the category of the indicator's open dataset, without filters (anything finer is a 400), drawn from the same yearly tables under statistical secrecy as the open data, so a value of fewer than 5 units, or one that totals would reveal, is not drawn.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> chart(@PathParam("code") String code) {
        var definition = IndicatorReadings.definition(code);
        ValuesQuery asked = ValuesParams.read(uri.getQueryParameters(), time);
        if (asked.groupBy().size() > 2) {
            throw new InvalidValueException("groupBy", "at most two dimensions for a chart");
        }
        return identities.getDeferredIdentity().flatMap(who -> {
            boolean reader = !who.isAnonymous() && Arrays.stream(READERS).anyMatch(who::hasRole);
            if (!reader && !definition.indicator().open()) {
                throw new NotFoundException("No indicator " + code);
            }
            Uni<String> svg = reader ? readerChart(code, asked) : publicChart(definition, asked);
            return svg.map(chart -> Response.ok(chart).header("Cache-Control", "no-store").build());
        });
    }

    private Uni<String> readerChart(String code, ValuesQuery asked) {
        ValuesQuery query = asked.groupBy().isEmpty()
                ? new ValuesQuery(asked.from(), asked.to(), List.of(Dimension.MONTH), asked.filters()) : asked;
        return readings.read(code, query).map(this::svg);
    }

    private Uni<String> publicChart(IndicatorCatalogue.Definition definition, ValuesQuery asked) {
        LocalDate today = time.today();
        Dimension category = OpenDatasets.ofIndicator(definition.indicator().code())
                .map(OpenDatasets.Dataset::category).orElse(null);
        ValuesQuery query = PublicChart.query(asked, category, today);
        LocalDate to = query.to().isAfter(today) ? today : query.to();
        return openData.publicYearlyTables(definition, category, query.from(), to.isBefore(query.from()) ? query.from() : to)
                .map(lines -> chart(definition.indicator(), query, PublicChart.points(lines, query, category)));
    }

    private String svg(Reading reading) {
        ValuesQuery query = reading.query();
        Dimension category = query.period().orElse(query.groupBy().get(0));
        Dimension series = query.groupBy().stream().filter(dimension -> dimension != category).findFirst().orElse(null);
        List<IndicatorChart.Point> points = new ArrayList<>();
        for (IndicatorValue value : reading.values()) {
            String label = value.dimensions().get(category);
            points.add(new IndicatorChart.Point(label == null ? "—" : label,
                    series == null ? null : String.valueOf(value.dimensions().get(series)), value.value()));
        }
        return chart(reading.definition().indicator(), query, points);
    }

    private static String chart(Indicator indicator, ValuesQuery query, List<IndicatorChart.Point> points) {
        String title = indicator.name() + " (" + query.from() + " – " + query.to() + ")";
        return query.period().isPresent() ? IndicatorChart.timeSeries(title, indicator.unit(), points)
                : IndicatorChart.bars(title, indicator.unit(), points);
    }

    private Views.IndicatorView view(Indicator indicator) {
        return Views.IndicatorView.of(indicator, indicator.baseline() == null ? null : plan.baseline(indicator.baseline()).orElse(null));
    }
}
