package org.essor.evaluation.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.evaluation.app.PlanDashboard;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.ServiceTime;
import org.essor.security.Roles;

import io.smallrye.mutiny.Uni;

/** The plan's dashboard: per axis, the year's headline figures with their targets, progress and baselines. */
@Path("/api/v1/plan-dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan dashboard", description = "The plan's seven axes at a glance")
public class DashboardResource {

    /** A headline figure. */
    public record HeadlineView(String indicator, String name, String unit, BigDecimal value, BigDecimal previousYear,
                               BigDecimal target, BigDecimal progress, Views.BaselineView baseline) {
    }

    /** An axis of the plan and its figures. */
    public record AxisView(int number, String code, String title, List<HeadlineView> headlines) {
    }

    public record DashboardView(int year, List<AxisView> axes, List<Views.WatermarkView> freshness) {
    }

    @Inject
    PlanDashboard dashboard;

    @Inject
    ServiceTime time;

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Extension(name = "x-essor-unpaged", value = "one document, not a list: the plan's seven axes and their figures")
    @Operation(operationId = "getPlanDashboard", summary = "The plan's dashboard",
            description = "For each of the plan's seven axes, its indicators' figures for `year` (the current year by default, up to today) and the year before, each with the evaluators' target for the year, the progress towards it, and the plan's baseline figure where it gives one. Indicators of events count, under each axis, the events of that axis. The figures are computed at most a minute before (`freshness` says up to which event of each stream); the targets are those set now.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<DashboardView> get(@QueryParam("year") String year) {
        int asked = time.today().getYear();
        if (year != null && !year.isBlank()) {
            try {
                asked = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("year", "a year such as 2026");
            }
            if (asked < 2018 || asked > time.today().getYear()) {
                throw new InvalidValueException("year", "a year from 2018 (the plan's first) to this one");
            }
        }
        return dashboard.of(asked, time.today()).map(found -> new DashboardView(found.year(),
                found.axes().stream().map(axis -> new AxisView(axis.axis().number(), axis.axis().code(), axis.axis().title(),
                        axis.headlines().stream().map(headline -> new HeadlineView(headline.indicator().code(),
                                headline.indicator().name(), headline.indicator().unit(), headline.value(),
                                headline.previousYear(), headline.target(), headline.progress(),
                                headline.baseline() == null ? null : Views.BaselineView.of(headline.baseline()))).toList()))
                        .toList(),
                found.freshness().stream().map(Views.WatermarkView::of).toList()));
    }
}
