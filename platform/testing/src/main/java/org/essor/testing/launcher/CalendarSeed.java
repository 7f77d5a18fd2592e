package org.essor.testing.launcher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calendar's demo data, through its API as events officers and the public would: the next Mois de l'ESS with an
 * event in each département, a P'tit déj ESS full with its waiting list, a cancelled Coventis Club, an event waiting
 * for moderation. Loading it twice changes nothing.
 */
final class CalendarSeed {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A commune of each département of Occitanie (its prefecture) with its coordinates. */
    private static final List<String[]> PLACES = List.of(
            new String[] {"09", "09122", "Foix", "42.9653", "1.6069"}, new String[] {"11", "11069", "Carcassonne", "43.2130", "2.3491"},
            new String[] {"12", "12202", "Rodez", "44.3506", "2.5750"}, new String[] {"30", "30189", "Nîmes", "43.8367", "4.3601"},
            new String[] {"31", "31555", "Toulouse", "43.6045", "1.4440"}, new String[] {"32", "32013", "Auch", "43.6460", "0.5857"},
            new String[] {"34", "34172", "Montpellier", "43.6108", "3.8767"}, new String[] {"46", "46042", "Cahors", "44.4475", "1.4419"},
            new String[] {"48", "48095", "Mende", "44.5181", "3.5001"}, new String[] {"65", "65440", "Tarbes", "43.2328", "0.0781"},
            new String[] {"66", "66136", "Perpignan", "42.6887", "2.8948"}, new String[] {"81", "81004", "Albi", "43.9289", "2.1464"},
            new String[] {"82", "82121", "Montauban", "44.0176", "1.3550"});

    private final EssorApi api;
    private final String calendar;
    private String officer;

    CalendarSeed(EssorApi api, String calendar) {
        this.api = api;
        this.calendar = calendar;
    }

    void run() {
        officer = api.token("events-officer");
        LocalDate today = LocalDate.now(PARIS);
        int year = today.getMonthValue() >= 11 ? today.getYear() + 1 : today.getYear();
        String campaign = "MOIS_ESS_" + year;
        if (api.get(calendar + "/campaigns/" + campaign, null).ok()) {
            DemoSeed.say("  calendar: the demo events are already there (campaign " + campaign + ")");
            return;
        }
        api.post(calendar + "/campaigns", officer, EssorApi.json(Map.of("code", campaign, "name", "Mois de l'ESS " + year,
                "category", "MOIS_ESS", "startsOn", year + "-11-01", "endsOn", year + "-11-30")), null)
                .expectSuccess("Opening the campaign " + campaign);
        int day = 2;
        for (String[] place : PLACES) {
            Instant begin = LocalDate.of(year, 11, day).atTime(LocalTime.of(18, 0)).atZone(PARIS).toInstant();
            published(event("Mois de l'ESS : soirée de l'ESS à " + place[2], "MOIS_ESS", campaign, place, begin, 60));
            day += 2;
        }
        DemoSeed.say("  calendar: " + campaign + ": " + PLACES.size() + " events, one in each département");

        Instant nextWeek = today.plusDays(7).atTime(LocalTime.of(8, 30)).atZone(PARIS).toInstant();
        String breakfast = published(event("P'tit déj ESS à la Maison de la Région", "PTIT_DEJ_ESS", null, PLACES.get(4),
                nextWeek, 2));
        for (String person : List.of("Alice", "Bruno", "Chloé")) {
            api.post(calendar + "/events/" + breakfast + "/registrations", null, EssorApi.json(Map.of("name", person + " Démo",
                    "email", person.toLowerCase().replace("é", "e") + ".demo@example.org")), null).expectSuccess("A registration");
        }
        DemoSeed.say("  calendar: a P'tit déj ESS full (2 seats, 1 waiting) (" + breakfast + ")");

        String club = published(event("Coventis Club : rendez-vous d'affaires", "COVENTIS_CLUB", null, PLACES.get(6),
                nextWeek.plus(2, ChronoUnit.DAYS), 40));
        step(club, "cancellation", Map.of("reason", "Intempéries : rendez-vous reporté au printemps"));
        String pending = api.post(calendar + "/events", officer, EssorApi.json(event("Atelier : créer sa SCOP", "WORKSHOP", null,
                PLACES.get(11), nextWeek.plus(10, ChronoUnit.DAYS), 25)), null).expectSuccess("A draft").json().path("id").asText();
        step(pending, "submission", null);
        DemoSeed.say("  calendar: a cancelled Coventis Club, an event waiting for moderation (" + pending + ")");
    }

    private Map<String, Object> event(String title, String category, String campaign, String[] place, Instant begin,
                                      int capacity) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", title);
        event.put("description", "Rencontre ouverte à toutes et à tous autour de l'économie sociale et solidaire.");
        event.put("category", category);
        event.put("axis", "FAIRE_CONNAITRE");
        if (campaign != null) {
            event.put("campaign", campaign);
        }
        event.put("organiserName", "CRESS Occitanie");
        event.put("timings", List.of(Map.of("startsAt", begin.toString(), "endsAt", begin.plus(2, ChronoUnit.HOURS).toString())));
        event.put("attendanceMode", "IN_PERSON");
        event.put("venue", Map.of("name", "Maison de la Région", "address", "Centre-ville, " + place[2], "communeCode", place[1],
                "departement", place[0], "latitude", Double.parseDouble(place[3]), "longitude", Double.parseDouble(place[4])));
        event.put("accessibility", List.of("MOTOR", "HEARING"));
        event.put("free", true);
        event.put("capacity", capacity);
        event.put("registrationRequired", true);
        return event;
    }

    private String published(Map<String, Object> event) {
        String id = api.post(calendar + "/events", officer, EssorApi.json(event), null).expectSuccess("An event")
                .json().path("id").asText();
        step(id, "submission", null);
        step(id, "publication", null);
        return id;
    }

    private void step(String id, String action, Map<String, ?> body) {
        JsonNode event = api.getJson(calendar + "/events/" + id, officer);
        api.post(calendar + "/events/" + id + "/" + action, officer, body == null ? null : EssorApi.json(body),
                event.path("version").asLong()).expectSuccess("The " + action + " of event " + id);
    }
}
