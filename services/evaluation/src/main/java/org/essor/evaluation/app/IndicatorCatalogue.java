package org.essor.evaluation.app;

import static org.essor.evaluation.domain.Dimension.AXIS;
import static org.essor.evaluation.domain.Dimension.CAMPAIGN;
import static org.essor.evaluation.domain.Dimension.DEPARTEMENT;
import static org.essor.evaluation.domain.Dimension.INSTRUMENT;
import static org.essor.evaluation.domain.Dimension.INSTRUMENT_KIND;
import static org.essor.evaluation.domain.Dimension.LEGAL_FAMILY;
import static org.essor.evaluation.domain.Dimension.PROGRAMME;
import static org.essor.evaluation.domain.Dimension.PROVIDER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.Indicator;
import org.essor.evaluation.domain.IndicatorKind;

/**
 * The plan's indicators and how each is computed from the fact tables. Each definition's SQL gives one row per fact,
 * with the columns every indicator shares: {@code at} (when it happened; for a stock, {@code valid_from} and
 * {@code valid_until}), the dimensions' columns (null where the indicator has no such dimension), {@code num} and
 * {@code den} (the amount, or a ratio's two terms) and {@code contributor} (the unit behind the fact, for statistical
 * secrecy). {@code :generation} is the generation read.
 */
public final class IndicatorCatalogue {

    /** An indicator and the SQL of its facts. */
    public record Definition(Indicator indicator, String facts) {
    }

    private static final String REGISTRY = "registry.enterprise.v1";
    private static final String APPLICATIONS = "programmes.application.v1";
    private static final String PARTICIPATIONS = "programmes.participation.v1";
    private static final String FINANCING = "financing.application.v1";
    private static final String PAYMENTS = "financing.payment.v1";
    private static final String EVENTS = "calendar.event.v1";
    private static final String REGISTRATIONS = "calendar.registration.v1";

    private static final Set<Dimension> ENTERPRISE_DIMENSIONS = Set.of(DEPARTEMENT, LEGAL_FAMILY);
    private static final Set<Dimension> PROGRAMME_DIMENSIONS = Set.of(DEPARTEMENT, LEGAL_FAMILY, PROGRAMME);
    private static final Set<Dimension> FINANCING_DIMENSIONS = Set.of(DEPARTEMENT, LEGAL_FAMILY, INSTRUMENT,
            INSTRUMENT_KIND, PROVIDER);
    private static final Set<Dimension> CALENDAR_DIMENSIONS = Set.of(DEPARTEMENT, AXIS, CAMPAIGN);

    private static final String LEGAL_FAMILY_OF_ENTERPRISE =
            " LEFT JOIN enterprise_fact e ON e.generation = :generation AND e.enterprise_id = f.enterprise_id";

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    static {
        // Axis 7, coordinate the ecosystem: the register of ESS enterprises.
        enterprises("enterprises-registered", "Entreprises de l'ESS inscrites au registre",
                "enterprises registered in the period (their first event on the register)", "f.registered_at",
                "f.registered_at IS NOT NULL", "ess_employer_establishments");
        enterprises("enterprises-verified", "Entreprises de l'ESS vérifiées",
                "enterprises whose registration an officer verified in the period", "f.verified_at",
                "f.verified_at IS NOT NULL", null);
        define(new Indicator("esus-agreements-valid", "Agréments ESUS en cours de validité", "enterprises",
                        "INNOVATION_SOCIALE", IndicatorKind.STOCK,
                        "enterprises holding an ESUS agreement valid at the end of the period (granted on or before it, not expired, not struck off); each agreement an enterprise has held counts for its span, up to the grant of the next one",
                        List.of(REGISTRY), ENTERPRISE_DIMENSIONS, true, null),
                "SELECT CAST(a.granted_on AS timestamptz) AS valid_from, "
                        + "CAST(least(a.valid_until + 1, a.next_granted_on, f.struck_off_on) AS timestamptz) AS valid_until, "
                        + columns("f.departement", "NULL", "f.legal_family", "NULL", "NULL", "NULL", "NULL", "NULL", "1",
                        "NULL", "f.enterprise_id")
                        + " FROM (SELECT x.enterprise_id, x.granted_on, x.valid_until, lead(x.granted_on) OVER"
                        + " (PARTITION BY x.enterprise_id ORDER BY x.granted_on) AS next_granted_on"
                        + " FROM esus_agreement_fact x WHERE x.generation = :generation) a"
                        + " JOIN enterprise_fact f ON f.generation = :generation AND f.enterprise_id = a.enterprise_id");

        // Axis 2, support: the programmes.
        programmeApplications("programme-applications", "Candidatures aux programmes d'accompagnement",
                "applications submitted to a programme's call in the period", "f.submitted_at");
        programmeApplications("programme-admissions", "Admissions dans les programmes d'accompagnement",
                "applications admitted into a programme in the period", "f.admitted_at");
        participations("programme-completions", "Parcours d'accompagnement achevés",
                "participations completed in the period", "f.completed_at", "1", "f.enterprise_id");
        participations("enterprises-created", "Entreprises créées à l'issue d'un accompagnement",
                "participations whose outcome is an enterprise created, in the period the creation was recorded",
                "f.enterprise_created_at", "1", "coalesce(f.created_enterprise_id, f.enterprise_id)");
        define(new Indicator("coaching-hours", "Heures d'accompagnement", "hours", "ACCOMPAGNER", IndicatorKind.SUM,
                        "hours of the coaching sessions logged in the period", List.of(PARTICIPATIONS),
                        PROGRAMME_DIMENSIONS, true, null),
                "SELECT f.logged_at AS at, " + columns("f.departement", "'ACCOMPAGNER'", "e.legal_family", "f.programme",
                        "NULL", "NULL", "NULL", "NULL", "f.hours", "NULL", "coalesce(f.enterprise_id, f.participation_id)")
                        + " FROM coaching_session_fact f" + LEGAL_FAMILY_OF_ENTERPRISE + " WHERE f.generation = :generation");
        for (int years = 1; years <= 3; years++) {
            survival(years);
        }

        // Axis 4, finance.
        financing("financing-applications", "Demandes de financement", "applications", IndicatorKind.COUNT,
                "financing applications submitted in the period", "f.submitted_at", "1", "NULL", "f.submitted_at IS NOT NULL",
                null);
        financing("financing-approvals", "Financements accordés", "applications", IndicatorKind.COUNT,
                "financing applications approved in the period", "f.approved_at", "1", "NULL", "f.approved_at IS NOT NULL",
                "france_active_enterprises_financed");
        financing("financing-approval-rate", "Taux d'accord des demandes de financement", "ratio", IndicatorKind.RATIO,
                "approved applications over decided ones (approved or rejected), by the period of the decision",
                "coalesce(f.approved_at, f.rejected_at)", "CASE WHEN f.approved_at IS NOT NULL THEN 1 ELSE 0 END", "1",
                "coalesce(f.approved_at, f.rejected_at) IS NOT NULL", null);
        financing("amounts-approved", "Montants accordés", "EUR", IndicatorKind.SUM,
                "amounts granted by the applications approved in the period", "f.approved_at", "f.granted_amount", "NULL",
                "f.approved_at IS NOT NULL", "france_active_amount_mobilised_eur");
        define(new Indicator("amounts-disbursed", "Montants décaissés", "EUR", "FINANCER", IndicatorKind.SUM,
                        "amounts disbursed in the period (payment events of kind disbursed, by their payment date)",
                        List.of(PAYMENTS), FINANCING_DIMENSIONS, true, null),
                "SELECT CAST(f.paid_on AS timestamptz) AS at, " + columns("f.departement", "'FINANCER'", "e.legal_family", "NULL",
                        "f.instrument", "f.instrument_kind", "f.provider", "NULL", "f.amount", "NULL", "f.enterprise_id")
                        + " FROM payment_fact f" + LEGAL_FAMILY_OF_ENTERPRISE
                        + " WHERE f.generation = :generation AND f.kind = 'DISBURSED'");
        define(new Indicator("financing-leverage", "Effet de levier des financements régionaux", "EUR per EUR", "FINANCER",
                        IndicatorKind.RATIO,
                        "euros granted by non-regional instruments (France Active, IéS, banks, Europe...) per euro granted by "
                                + "the Region's own instruments, over the applications approved in the period",
                        List.of(FINANCING), Set.of(DEPARTEMENT, LEGAL_FAMILY), true, null),
                "SELECT f.approved_at AS at, " + columns("f.departement", "'FINANCER'", "e.legal_family", "NULL", "NULL",
                        "NULL", "NULL", "NULL", "CASE WHEN f.regional THEN 0 ELSE f.granted_amount END",
                        "CASE WHEN f.regional THEN f.granted_amount ELSE 0 END", "f.enterprise_id")
                        + " FROM financing_application_fact f" + LEGAL_FAMILY_OF_ENTERPRISE
                        + " WHERE f.generation = :generation AND f.approved_at IS NOT NULL");
        financing("jobs-to-create", "Emplois à créer (financements accordés)", "jobs", IndicatorKind.SUM,
                "jobs the approved applications of the period plan to create", "f.approved_at", "f.jobs_to_create", "NULL",
                "f.approved_at IS NOT NULL", "france_active_jobs_created_or_consolidated");
        financing("jobs-to-consolidate", "Emplois à consolider (financements accordés)", "jobs", IndicatorKind.SUM,
                "jobs the approved applications of the period plan to consolidate", "f.approved_at",
                "f.jobs_to_consolidate", "NULL", "f.approved_at IS NOT NULL", null);

        // Axis 1, make the ESS known: the events, the Mois de l'ESS above all.
        define(new Indicator("events-published", "Événements ESS publiés", "events", "FAIRE_CONNAITRE", IndicatorKind.COUNT,
                        "events published in the period and not cancelled since", List.of(EVENTS), CALENDAR_DIMENSIONS,
                        true, null),
                "SELECT f.published_at AS at, " + columns("f.departement", "coalesce(f.axis, 'FAIRE_CONNAITRE')", "NULL",
                        "NULL", "NULL", "NULL", "NULL", "f.campaign", "1", "NULL", "f.event_id")
                        + " FROM calendar_event_fact f WHERE f.generation = :generation AND f.published_at IS NOT NULL"
                        + " AND f.status <> 'CANCELLED'");
        registrations("registrations-confirmed", "Inscriptions confirmées aux événements",
                "registrations confirmed in the period and not cancelled since", "f.confirmed_at",
                "f.status IN ('CONFIRMED', 'ATTENDED')");
        registrations("event-attendance", "Participants présents aux événements",
                "registrations checked in at the event in the period", "f.attended_at", "f.attended_at IS NOT NULL");
    }

    private IndicatorCatalogue() {
    }

    public static List<Definition> all() {
        return List.copyOf(DEFINITIONS.values());
    }

    public static Optional<Definition> find(String code) {
        return Optional.ofNullable(DEFINITIONS.get(code));
    }

    private static void define(Indicator indicator, String facts) {
        DEFINITIONS.put(indicator.code(), new Definition(indicator, facts));
    }

    /** The shared columns after the time: the dimensions, the terms and the contributor. */
    private static String columns(String departement, String axis, String legalFamily, String programme,
                                  String instrument, String instrumentKind, String provider, String campaign, String num,
                                  String den, String contributor) {
        return departement + " AS departement, " + axis + " AS axis, " + legalFamily + " AS legal_family, " + programme
                + " AS programme, " + instrument + " AS instrument, " + instrumentKind + " AS instrument_kind, " + provider
                + " AS provider, " + campaign + " AS campaign, CAST(" + num + " AS numeric) AS num, CAST(" + den
                + " AS numeric) AS den, " + contributor + " AS contributor";
    }

    private static void enterprises(String code, String name, String computation, String at, String condition,
                                    String baseline) {
        define(new Indicator(code, name, "enterprises", "COORDONNER", IndicatorKind.COUNT, computation, List.of(REGISTRY),
                        ENTERPRISE_DIMENSIONS, true, baseline),
                "SELECT " + at + " AS at, " + columns("f.departement", "'COORDONNER'", "f.legal_family", "NULL", "NULL",
                        "NULL", "NULL", "NULL", "1", "NULL", "f.enterprise_id")
                        + " FROM enterprise_fact f WHERE f.generation = :generation AND " + condition);
    }

    private static void programmeApplications(String code, String name, String computation, String at) {
        define(new Indicator(code, name, "applications", "ACCOMPAGNER", IndicatorKind.COUNT, computation,
                        List.of(APPLICATIONS), PROGRAMME_DIMENSIONS, true, null),
                "SELECT " + at + " AS at, " + columns("f.departement", "'ACCOMPAGNER'", "e.legal_family", "f.programme",
                        "NULL", "NULL", "NULL", "NULL", "1", "NULL", "coalesce(f.enterprise_id, f.application_id)")
                        + " FROM programme_application_fact f" + LEGAL_FAMILY_OF_ENTERPRISE
                        + " WHERE f.generation = :generation AND " + at + " IS NOT NULL");
    }

    private static void participations(String code, String name, String computation, String at, String num,
                                       String enterprise) {
        define(new Indicator(code, name, "participations", "ACCOMPAGNER", IndicatorKind.COUNT, computation,
                        List.of(PARTICIPATIONS), PROGRAMME_DIMENSIONS, true,
                        code.equals("enterprises-created") ? "incubated_social_innovation_enterprises_per_year" : null),
                "SELECT " + at + " AS at, " + columns("f.departement", "'ACCOMPAGNER'", "e.legal_family", "f.programme",
                        "NULL", "NULL", "NULL", "NULL", num, "NULL", "coalesce(" + enterprise + ", f.participation_id)")
                        + " FROM participation_fact f LEFT JOIN enterprise_fact e ON e.generation = :generation"
                        + " AND e.enterprise_id = " + enterprise + " WHERE f.generation = :generation AND " + at + " IS NOT NULL");
    }

    /**
     * Survival at n years of the enterprises the plan supported (a programme completed or a financing approved), by the
     * period they were first supported in: of those supported at least n years ago, the share not struck off n years on.
     */
    private static void survival(int years) {
        String horizon = "(c.at + interval '" + years + " year')";
        define(new Indicator("survival-" + years + "-year" + (years > 1 ? "s" : ""),
                        "Taux de survie à " + years + " an" + (years > 1 ? "s" : "") + " des entreprises accompagnées ou financées",
                        "ratio", "ACCOMPAGNER", IndicatorKind.RATIO,
                        "of the enterprises first supported in the period (a programme completed, or a financing approved) "
                                + years + " year(s) ago or more, the share not struck off from the register " + years
                                + " year(s) after",
                        List.of(PARTICIPATIONS, FINANCING, REGISTRY), ENTERPRISE_DIMENSIONS, true, null),
                "WITH supported AS ("
                        + " SELECT coalesce(p.created_enterprise_id, p.enterprise_id) AS enterprise_id, p.completed_at AS at"
                        + " FROM participation_fact p WHERE p.generation = :generation AND p.completed_at IS NOT NULL"
                        + " AND coalesce(p.created_enterprise_id, p.enterprise_id) IS NOT NULL"
                        + " UNION ALL SELECT a.enterprise_id, a.approved_at FROM financing_application_fact a"
                        + " WHERE a.generation = :generation AND a.approved_at IS NOT NULL),"
                        + " c AS (SELECT enterprise_id, min(at) AS at FROM supported GROUP BY enterprise_id)"
                        + " SELECT c.at AS at, " + columns("e.departement", "'ACCOMPAGNER'", "e.legal_family", "NULL", "NULL",
                        "NULL", "NULL", "NULL",
                        "CASE WHEN " + horizon + " <= now() AND (e.struck_off_at IS NULL OR "
                                + "coalesce(CAST(e.struck_off_on AS timestamptz), e.struck_off_at) > " + horizon + ") THEN 1 ELSE 0 END",
                        "CASE WHEN " + horizon + " <= now() THEN 1 ELSE 0 END", "c.enterprise_id")
                        + " FROM c LEFT JOIN enterprise_fact e ON e.generation = :generation AND e.enterprise_id = c.enterprise_id");
    }

    private static void financing(String code, String name, String unit, IndicatorKind kind, String computation,
                                  String at, String num, String den, String condition, String baseline) {
        define(new Indicator(code, name, unit, "FINANCER", kind, computation, List.of(FINANCING), FINANCING_DIMENSIONS,
                        true, baseline),
                "SELECT " + at + " AS at, " + columns("f.departement", "'FINANCER'", "e.legal_family", "NULL",
                        "f.instrument", "f.instrument_kind", "f.provider", "NULL", num, den, "f.enterprise_id")
                        + " FROM financing_application_fact f" + LEGAL_FAMILY_OF_ENTERPRISE
                        + " WHERE f.generation = :generation AND " + condition);
    }

    private static void registrations(String code, String name, String computation, String at, String condition) {
        define(new Indicator(code, name, "registrations", "FAIRE_CONNAITRE", IndicatorKind.COUNT, computation,
                        List.of(REGISTRATIONS), CALENDAR_DIMENSIONS, true, null),
                "SELECT " + at + " AS at, " + columns("f.departement", "coalesce(f.axis, 'FAIRE_CONNAITRE')", "NULL", "NULL",
                        "NULL", "NULL", "NULL", "f.campaign", "1", "NULL", "f.registration_id")
                        + " FROM registration_fact f WHERE f.generation = :generation AND " + at + " IS NOT NULL AND "
                        + condition);
    }
}
