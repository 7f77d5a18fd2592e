package org.essor.evaluation.events;

import java.util.UUID;

/**
 * A scripted history of the plan over two years Y and Y+1, across the seven streams, whose figures are worked out by
 * hand in {@link #expected}: three enterprises (one verified with an ESUS agreement renewed the next year, one struck
 * off the next year), three programme applications and a completed participation with two coaching sessions, three
 * financing applications (a regional grant, a France Active loan, a rejection) with their payments, two events (one
 * cancelled) and three registrations.
 */
public final class PlanHistory {

    public final int year;
    public final UUID e1 = UUID.randomUUID();
    public final UUID e2 = UUID.randomUUID();
    public final UUID e3 = UUID.randomUUID();

    private PlanHistory(int year) {
        this.year = year;
    }

    /** Adds the history of years {@code year} and {@code year + 1} to the script. */
    public static PlanHistory script(ScriptedStreams streams, int year) {
        PlanHistory history = new PlanHistory(year);
        history.write(streams);
        return history;
    }

    private String y(String monthDay) {
        return year + "-" + monthDay;
    }

    private String next(String monthDay) {
        return (year + 1) + "-" + monthDay;
    }

    private void write(ScriptedStreams s) {
        String registry = "registry.enterprise.v1";
        s.add(registry, "registered", e1, 1, y("02-10T09:00:00Z"), enterprise(e1, 1, "ASSOCIATION", null, "31", "REGISTERED", null, null));
        s.add(registry, "verified", e1, 2, y("02-20T09:00:00Z"), enterprise(e1, 2, "ASSOCIATION", null, "31", "VERIFIED", null, null));
        s.add(registry, "esus-agreement-granted", e1, 3, y("03-01T09:00:00Z"),
                enterprise(e1, 3, "ASSOCIATION", null, "31", "VERIFIED", "{\"grantedOn\":\"" + y("03-01") + "\",\"validUntil\":\"" + (year + 1) + "-06-30\"}", null));
        // Renewed before the first one ends: the first one counts up to the renewal, then the second one.
        s.add(registry, "esus-agreement-granted", e1, 4, next("05-01T09:00:00Z"),
                enterprise(e1, 4, "ASSOCIATION", null, "31", "VERIFIED", "{\"grantedOn\":\"" + next("05-01") + "\",\"validUntil\":\"" + (year + 1) + "-12-31\"}", null));
        s.add(registry, "registered", e2, 1, y("05-05T09:00:00Z"), enterprise(e2, 1, "COOPERATIVE", "\"SCOP\"", "34", "REGISTERED", null, null));
        s.add(registry, "struck-off", e2, 2, next("01-15T09:00:00Z"), enterprise(e2, 2, "COOPERATIVE", "\"SCOP\"", "34", "STRUCK_OFF", null, "\"" + next("01-15") + "\""));
        s.add(registry, "registered", e3, 1, next("04-01T09:00:00Z"), enterprise(e3, 1, "ASSOCIATION", null, "31", "REGISTERED", null, null));
        // An event type the evaluation does not know yet, with a field it does not know: skipped.
        s.add(registry, "renamed", e3, 2, next("04-02T09:00:00Z"), enterprise(e3, 2, "ASSOCIATION", null, "31", "REGISTERED", null, null).replace("{\"enterprise\":{", "{\"renamedFrom\":\"x\",\"enterprise\":{"));

        String applications = "programmes.application.v1";
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID();
        s.add(applications, "submitted", a1, 1, y("03-10T10:00:00Z"), application(a1, "REALIS", "31", "ENTERPRISE", e1, "SUBMITTED"));
        s.add(applications, "admitted", a1, 2, y("04-01T10:00:00Z"), application(a1, "REALIS", "31", "ENTERPRISE", e1, "ADMITTED"));
        s.add(applications, "submitted", a2, 1, y("03-12T10:00:00Z"), application(a2, "REALIS", "34", "ENTERPRISE", e2, "SUBMITTED"));
        s.add(applications, "rejected", a2, 2, y("04-02T10:00:00Z"), application(a2, "REALIS", "34", "ENTERPRISE", e2, "REJECTED"));
        s.add(applications, "submitted", a3, 1, next("02-01T10:00:00Z"), application(a3, "ALTER_VENTURE", "31", "PERSON", null, "SUBMITTED"));

        String participations = "programmes.participation.v1";
        UUID p1 = UUID.randomUUID();
        s.add(participations, "enrolled", p1, 1, y("04-10T10:00:00Z"), participation(p1, a1, "ACTIVE", "0", "null", "null"));
        s.add(participations, "coaching-logged", p1, 2, y("05-01T10:00:00Z"), participation(p1, a1, "ACTIVE", "3", "3", "null"));
        s.add(participations, "coaching-logged", p1, 3, y("06-01T10:00:00Z"), participation(p1, a1, "ACTIVE", "7.5", "4.5", "null"));
        s.add(participations, "completed", p1, 4, y("09-30T10:00:00Z"), participation(p1, a1, "COMPLETED", "7.5", "null", "\"PROJECT_CONTINUING\""));

        String financing = "financing.application.v1";
        UUID f1 = UUID.randomUUID();
        UUID f2 = UUID.randomUUID();
        UUID f3 = UUID.randomUUID();
        String pass = "{\"code\":\"PASS_OCCITANIE\",\"kind\":\"GRANT\",\"provider\":\"Région Occitanie\",\"scope\":\"REGIONAL\"}";
        String franceActive = "{\"code\":\"FRANCE_ACTIVE_PRET\",\"kind\":\"LOAN\",\"provider\":\"France Active Occitanie\",\"scope\":\"NATIONAL_REGIONAL\"}";
        s.add(financing, "submitted", f1, 1, y("04-01T08:00:00Z"), financingApplication(f1, e2, pass, "34", "SUBMITTED", "18500", "null", 2, 3, "null"));
        s.add(financing, "approved", f1, 2, y("05-01T08:00:00Z"), financingApplication(f1, e2, pass, "34", "APPROVED", "18500", "15000", 2, 3, "\"" + y("05-01T08:00:00Z") + "\""));
        s.add(financing, "submitted", f2, 1, y("06-01T08:00:00Z"), financingApplication(f2, e1, franceActive, "31", "SUBMITTED", "30000", "null", 1, 0, "null"));
        s.add(financing, "approved", f2, 2, y("07-01T08:00:00Z"), financingApplication(f2, e1, franceActive, "31", "APPROVED", "30000", "30000", 1, 0, "\"" + y("07-01T08:00:00Z") + "\""));
        s.add(financing, "submitted", f3, 1, next("05-01T08:00:00Z"), financingApplication(f3, e3, pass, "31", "SUBMITTED", "5000", "null", 0, 1, "null"));
        s.add(financing, "rejected", f3, 2, next("06-01T08:00:00Z"), financingApplication(f3, e3, pass, "31", "REJECTED", "5000", "null", 0, 1, "\"" + next("06-01T08:00:00Z") + "\""));

        String payments = "financing.payment.v1";
        s.add(payments, "disbursed", f1, 3, y("06-15T08:00:00Z"), payment(f1, e2, pass, "34", "9000", y("06-15")));
        s.add(payments, "disbursed", f2, 3, y("07-15T08:00:00Z"), payment(f2, e1, franceActive, "31", "30000", y("07-15")));
        s.add(payments, "repayment-received", f2, 4, y("08-15T08:00:00Z"), payment(f2, e1, franceActive, "31", "1000", y("08-15")));

        String events = "calendar.event.v1";
        UUID ev1 = UUID.randomUUID();
        UUID ev2 = UUID.randomUUID();
        String campaign = "MOIS_ESS_" + year;
        s.add(events, "published", ev1, 1, y("10-01T08:00:00Z"), calendarEvent(ev1, "PUBLISHED", "MOIS_ESS", "FAIRE_CONNAITRE", campaign, "31"));
        s.add(events, "published", ev2, 1, y("10-05T08:00:00Z"), calendarEvent(ev2, "PUBLISHED", "PTIT_DEJ_ESS", "COORDONNER", null, "34"));
        s.add(events, "cancelled", ev2, 2, y("10-20T08:00:00Z"), calendarEvent(ev2, "CANCELLED", "PTIT_DEJ_ESS", "COORDONNER", null, "34"));

        String registrations = "calendar.registration.v1";
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        UUID r3 = UUID.randomUUID();
        s.add(registrations, "confirmed", r1, 1, y("10-10T08:00:00Z"), registration(r1, ev1, "CONFIRMED", campaign));
        s.add(registrations, "attended", r1, 2, y("11-05T08:00:00Z"), registration(r1, ev1, "ATTENDED", campaign));
        s.add(registrations, "confirmed", r2, 1, y("10-11T08:00:00Z"), registration(r2, ev1, "CONFIRMED", campaign));
        s.add(registrations, "cancelled", r2, 2, y("10-15T08:00:00Z"), registration(r2, ev1, "CANCELLED", campaign));
        s.add(registrations, "waitlisted", r3, 1, y("10-12T08:00:00Z"), registration(r3, ev1, "WAITLISTED", campaign));
        s.add(registrations, "promoted", r3, 2, y("10-15T08:00:00Z"), registration(r3, ev1, "CONFIRMED", campaign));
    }

    private static String enterprise(UUID id, long version, String family, String kind, String departement, String status,
                                     String esus, String struckOffOn) {
        return "{\"enterprise\":{\"enterpriseId\":\"" + id + "\",\"version\":" + version + ",\"siren\":null,\"sirets\":[],"
                + "\"rna\":null,\"legalName\":\"Entreprise\",\"legalCategory\":\"9220\",\"legalFamily\":\"" + family + "\","
                + "\"cooperativeKind\":" + kind + ",\"essBasis\":\"STATUTORY_FAMILY\",\"creationDate\":\"2015-01-01\","
                + "\"headOfficeDepartement\":\"" + departement + "\",\"departements\":[\"" + departement + "\"],"
                + "\"nafCode\":null,\"nafVersion\":null,\"headcountBracket\":\"NN\",\"declaredFte\":null,\"sectors\":[],"
                + "\"esus\":" + esus + ",\"status\":\"" + status + "\",\"struckOffOn\":" + struckOffOn + "}}";
    }

    private static String application(UUID id, String programme, String departement, String kind, UUID enterprise,
                                      String status) {
        return "{\"applicationId\":\"" + id + "\",\"callId\":\"" + UUID.randomUUID() + "\",\"programme\":\"" + programme
                + "\",\"departement\":\"" + departement + "\",\"stage\":\"DEVELOPMENT\",\"applicantKind\":\"" + kind
                + "\",\"enterpriseId\":" + (enterprise == null ? "null" : "\"" + enterprise + "\"") + ",\"status\":\""
                + status + "\",\"score\":null}";
    }

    private String participation(UUID id, UUID application, String status, String hours, String session, String outcome) {
        return "{\"participationId\":\"" + id + "\",\"cohortId\":\"" + UUID.randomUUID() + "\",\"applicationId\":\""
                + application + "\",\"callId\":\"" + UUID.randomUUID() + "\",\"programme\":\"REALIS\",\"departement\":\"31\","
                + "\"stage\":\"DEVELOPMENT\",\"applicantKind\":\"ENTERPRISE\",\"enterpriseId\":\"" + e1 + "\",\"status\":\""
                + status + "\",\"coachingHours\":" + hours + ",\"sessionHours\":" + session + ",\"milestone\":null,"
                + "\"milestoneReachedOn\":null,\"outcome\":" + outcome + ",\"createdEnterpriseId\":null}";
    }

    private static String financingApplication(UUID id, UUID enterprise, String instrument, String departement,
                                               String status, String requested, String granted, int create, int consolidate,
                                               String decidedAt) {
        return "{\"applicationId\":\"" + id + "\",\"enterpriseId\":\"" + enterprise + "\",\"instrument\":" + instrument
                + ",\"departement\":\"" + departement + "\",\"status\":\"" + status + "\",\"requestedAmount\":" + requested
                + ",\"grantedAmount\":" + granted + ",\"jobsToCreate\":" + create + ",\"jobsToConsolidate\":" + consolidate
                + ",\"socialInnovation\":false,\"decidedAt\":" + decidedAt + "}";
    }

    private static String payment(UUID application, UUID enterprise, String instrument, String departement, String amount,
                                  String on) {
        return "{\"applicationId\":\"" + application + "\",\"enterpriseId\":\"" + enterprise + "\",\"instrument\":"
                + instrument + ",\"departement\":\"" + departement + "\",\"paymentId\":\"" + UUID.randomUUID()
                + "\",\"amount\":" + amount + ",\"on\":\"" + on + "\",\"instalment\":null,\"grantedAmount\":0,"
                + "\"disbursedAmount\":0}";
    }

    private static String calendarEvent(UUID id, String status, String category, String axis, String campaign,
                                        String departement) {
        return "{\"eventId\":\"" + id + "\",\"status\":\"" + status + "\",\"category\":\"" + category + "\",\"axis\":\""
                + axis + "\",\"campaign\":" + (campaign == null ? "null" : "\"" + campaign + "\"") + ",\"departement\":\""
                + departement + "\",\"communeCode\":null,\"firstBegin\":\"2026-11-05T08:30:00Z\",\"timings\":1,"
                + "\"attendanceMode\":\"IN_PERSON\",\"free\":true,\"capacity\":120,\"confirmed\":0,\"waitlisted\":0,"
                + "\"organiserEnterpriseId\":null}";
    }

    private static String registration(UUID id, UUID event, String status, String campaign) {
        return "{\"registrationId\":\"" + id + "\",\"eventId\":\"" + event + "\",\"status\":\"" + status
                + "\",\"category\":\"MOIS_ESS\",\"axis\":\"FAIRE_CONNAITRE\",\"campaign\":\"" + campaign
                + "\",\"departement\":\"31\",\"capacity\":120,\"confirmed\":1,\"waitlisted\":0,\"attended\":0}";
    }
}
