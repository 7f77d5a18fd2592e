package org.essor.calendar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feeds are read back with ical4j's parser: what a calendar client would see. */
class ICalendarFeedTest {

    static final Instant GENERATED_AT = Instant.parse("2026-10-02T08:00:00Z");
    static final Instant UPDATED_AT = Instant.parse("2026-10-01T10:15:30Z");
    static final String TRICKY_TEXT = "Rencontre, ESS; atelier\\n";

    @Test
    void aFeedIsOneVCalendarPublishedInParisTime() {
        String ics = ICalendarFeed.write("Mois de l'ESS 2026", List.of(new Fixture().build()), GENERATED_AT);

        Calendar calendar = parse(ics);
        assertThat(count(ics, "BEGIN:VCALENDAR")).isEqualTo(1);
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Essor//Calendar//FR");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Mois de l'ESS 2026");
        assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Europe/Paris");
        assertThat(timeZones(calendar)).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().orElseThrow().getValue()).isEqualTo("Europe/Paris"));
    }

    @Test
    void anEmptyFeedIsValidAndStillHasItsTimeZone() {
        String ics = ICalendarFeed.write("Coventis", List.of(), GENERATED_AT);

        Calendar calendar = parse(ics);
        assertThat(events(calendar)).isEmpty();
        assertThat(timeZones(calendar)).hasSize(1);
        assertThat(errors(calendar)).isEmpty();
    }

    @Test
    void aFeedIsValidButForTheOrganizerThatPublishWouldWantAndThatItDoesNotUse() {
        String ics = ICalendarFeed.write("Mois de l'ESS 2026",
                List.of(new Fixture().build(), new Fixture().status("CANCELLED").onlineOnly().build()), GENERATED_AT);

        assertThat(errors(parse(ics))).allSatisfy(error -> assertThat(error.getMessage()).contains("ORGANIZER"));
        assertThat(ics).doesNotContain("ORGANIZER");
    }

    @Test
    void eachTimingIsOneVEventWithAUidMadeOfTheEventAndTheTiming() {
        FeedTiming first = timing("2026-11-05T17:00:00Z", "2026-11-05T19:00:00Z");
        FeedTiming second = timing("2026-11-12T08:00:00Z", "2026-11-12T10:00:00Z");
        FeedEvent twice = new Fixture().timings(first, second).build();
        FeedEvent never = new Fixture().timings().build();

        Calendar calendar = parse(ICalendarFeed.write("Coventis", List.of(twice, never), GENERATED_AT));

        assertThat(events(calendar)).extracting(event -> value(event, Property.UID)).containsExactly(
                twice.id() + "-" + first.id() + "@essor", twice.id() + "-" + second.id() + "@essor");
    }

    @Test
    void timesAreParisLocalTimesWithTheirTzid() {
        FeedTiming winter = timing("2026-11-05T17:00:00Z", "2026-11-05T19:30:00Z");
        FeedTiming summer = timing("2026-06-18T17:00:00Z", "2026-06-18T19:30:00Z");
        String ics = ICalendarFeed.write("P'tit déj ESS", List.of(new Fixture().timings(winter, summer).build()),
                GENERATED_AT);

        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20261105T180000\r\n",
                "DTEND;TZID=Europe/Paris:20261105T203000\r\n", "DTSTART;TZID=Europe/Paris:20260618T190000\r\n");
        List<VEvent> events = events(parse(ics));
        assertTime(events.get(0), Property.DTSTART, LocalDateTime.parse("2026-11-05T18:00"), winter.begin());
        assertTime(events.get(0), Property.DTEND, LocalDateTime.parse("2026-11-05T20:30"), winter.end());
        assertTime(events.get(1), Property.DTSTART, LocalDateTime.parse("2026-06-18T19:00"), summer.begin());
        assertTime(events.get(1), Property.DTEND, LocalDateTime.parse("2026-06-18T21:30"), summer.end());
    }

    @Test
    void aTimingWithoutEndHasNoDtend() {
        FeedTiming open = new FeedTiming(UUID.randomUUID(), Instant.parse("2026-11-05T17:00:00Z"), null);

        VEvent event = onlyEvent(ICalendarFeed.write("Coventis", List.of(new Fixture().timings(open).build()),
                GENERATED_AT));

        assertThat(value(event, Property.DTSTART)).isEqualTo("20261105T180000");
        assertThat(value(event, Property.DTEND)).isNull();
    }

    @Test
    void theStampIsTheGenerationInUtcAndTheChangeIsTheEventsUpdateAndVersion() {
        String ics = ICalendarFeed.write("Coventis", List.of(new Fixture().version(7).build()), GENERATED_AT);

        assertThat(ics).contains("DTSTAMP:20261002T080000Z\r\n", "LAST-MODIFIED:20261001T101530Z\r\n");
        VEvent event = onlyEvent(ics);
        assertThat(event.getDateTimeStamp().orElseThrow().getDate()).isEqualTo(GENERATED_AT);
        assertThat(event.getLastModified().orElseThrow().getDate()).isEqualTo(UPDATED_AT);
        assertThat(event.getSequence().orElseThrow().getSequenceNo()).isEqualTo(7);
    }

    @Test
    void uidsStayTheSameAcrossVersionsWhileTheSequenceGrows() {
        Fixture fixture = new Fixture();
        FeedEvent before = fixture.version(1).build();
        FeedEvent after = fixture.version(2).title("P'tit déj ESS (nouvelle salle)").build();

        VEvent first = onlyEvent(ICalendarFeed.write("Coventis", List.of(before), GENERATED_AT));
        VEvent second = onlyEvent(ICalendarFeed.write("Coventis", List.of(after), GENERATED_AT.plusSeconds(60)));

        assertThat(value(second, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(second.getSequence().orElseThrow().getSequenceNo())
                .isGreaterThan(first.getSequence().orElseThrow().getSequenceNo());
    }

    @ParameterizedTest
    @CsvSource({"PUBLISHED, CONFIRMED", "POSTPONED, TENTATIVE", "CANCELLED, CANCELLED"})
    void theStatusSaysWhetherTheEventIsOn(String status, String expected) {
        VEvent event = onlyEvent(ICalendarFeed.write("Coventis", List.of(new Fixture().status(status).build()),
                GENERATED_AT));

        assertThat(event.getStatus().orElseThrow().getValue()).isEqualTo(expected);
    }

    @Test
    void anUnknownStatusGivesNoStatusRatherThanAWrongOne() {
        VEvent event = onlyEvent(ICalendarFeed.write("Coventis", List.of(new Fixture().status("DRAFT").build()),
                GENERATED_AT));

        assertThat(event.getStatus()).isEmpty();
    }

    @Test
    void theCategoriesAreTheCategoryWithTheCampaignAndAxisWhenPresent() {
        FeedEvent inCampaign = new Fixture().category("RENCONTRE").campaign("MOIS_ESS_2026").axis("FAIRE_CONNAITRE")
                .build();
        FeedEvent alone = new Fixture().category("FORMATION").campaign(null).axis(null).build();

        List<VEvent> events = events(parse(ICalendarFeed.write("Coventis", List.of(inCampaign, alone), GENERATED_AT)));

        assertThat(events.get(0).getCategories().orElseThrow().getCategories().getTexts())
                .containsExactlyInAnyOrder("RENCONTRE", "MOIS_ESS_2026", "FAIRE_CONNAITRE");
        assertThat(events.get(1).getCategories().orElseThrow().getCategories().getTexts())
                .containsExactly("FORMATION");
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesAreEscapedAndComeBackAsTheyWere() {
        FeedEvent event = new Fixture().title(TRICKY_TEXT).description(TRICKY_TEXT + "\nsur deux lignes")
                .venue(TRICKY_TEXT, null).organiser(TRICKY_TEXT).category("ATELIER, ESS; 1").build();

        String ics = ICalendarFeed.write(TRICKY_TEXT, List.of(event), GENERATED_AT);

        assertThat(ics).contains("SUMMARY:Rencontre\\, ESS\\; atelier\\\\n\r\n");
        Calendar calendar = parse(ics);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(TRICKY_TEXT);
        VEvent parsed = events(calendar).get(0);
        assertThat(parsed.getSummary().orElseThrow().getValue()).isEqualTo(TRICKY_TEXT);
        assertThat(parsed.getDescription().orElseThrow().getValue()).isEqualTo(TRICKY_TEXT + "\nsur deux lignes");
        assertThat(parsed.getLocation().orElseThrow().getValue()).isEqualTo(TRICKY_TEXT);
        assertThat(value(parsed, "X-ESSOR-ORGANISER")).isEqualTo(TRICKY_TEXT);
        assertThat(parsed.getCategories().orElseThrow().getCategories().getTexts()).contains("ATELIER, ESS; 1");
    }

    @Test
    void theLocationIsTheVenueAndAddressElseTheOnlineLinkWhichAlsoEndsTheDescription() {
        FeedEvent onSite = new Fixture().venue("Halle Tropisme", "121 rue Fontcouverte, 34070 Montpellier").build();
        FeedEvent addressOnly = new Fixture().venue(null, "3 place du Capitole, 31000 Toulouse").build();
        FeedEvent online = new Fixture().description("Un webinaire.").onlineOnly().build();
        FeedEvent nowhere = new Fixture().venue(null, null).build();

        List<VEvent> events = events(parse(ICalendarFeed.write("Coventis",
                List.of(onSite, addressOnly, online, nowhere), GENERATED_AT)));

        assertThat(events).extracting(event -> event.getLocation().map(Property::getValue).orElse(null))
                .containsExactly("Halle Tropisme, 121 rue Fontcouverte, 34070 Montpellier",
                        "3 place du Capitole, 31000 Toulouse", "https://visio.example.org/ess", null);
        assertThat(events.get(2).getDescription().orElseThrow().getValue())
                .isEqualTo("Un webinaire.\nhttps://visio.example.org/ess");
        assertThat(events.get(0).getDescription().orElseThrow().getValue()).doesNotContain("https://");
    }

    @Test
    void coordinatesGiveAGeoWhenTheyArePresentAndPossible() {
        FeedEvent located = new Fixture().coordinates(43.610769, 3.876716).build();
        FeedEvent unlocated = new Fixture().coordinates(null, null).build();
        FeedEvent impossible = new Fixture().coordinates(143.6, Double.NaN).build();

        List<VEvent> events = events(parse(ICalendarFeed.write("Coventis", List.of(located, unlocated, impossible),
                GENERATED_AT)));

        assertThat(events.get(0).getGeographicPos().orElseThrow().getLatitude()).isEqualByComparingTo("43.610769");
        assertThat(events.get(0).getGeographicPos().orElseThrow().getLongitude()).isEqualByComparingTo("3.876716");
        assertThat(events.get(1).getGeographicPos()).isEmpty();
        assertThat(events.get(2).getGeographicPos()).isEmpty();
    }

    @Test
    void aValidUrlIsKeptAndAnInvalidOneIsLeftOutWithoutFailingTheFeed() {
        FeedEvent linked = new Fixture().url("https://essor.example.org/evenements/ptit-dej?mois=ess").build();
        FeedEvent broken = new Fixture().url("https://essor.example.org/mauvais lien").build();
        FeedEvent relative = new Fixture().url("/evenements/1").build();

        List<VEvent> events = events(parse(ICalendarFeed.write("Coventis", List.of(linked, broken, relative),
                GENERATED_AT)));

        assertThat(events).extracting(event -> event.<Property>getProperty(Property.URL).map(Property::getValue))
                .containsExactly(Optional.of("https://essor.example.org/evenements/ptit-dej?mois=ess"),
                        Optional.empty(), Optional.empty());
    }

    @Test
    void theOrganiserDepartementAndCommuneAreEssorPropertiesWhenPresent() {
        FeedEvent known = new Fixture().organiser("CRESS Occitanie").place("34", "34172").build();
        FeedEvent unknown = new Fixture().organiser(null).place(null, null).build();

        List<VEvent> events = events(parse(ICalendarFeed.write("Coventis", List.of(known, unknown), GENERATED_AT)));

        assertThat(value(events.get(0), "X-ESSOR-ORGANISER")).isEqualTo("CRESS Occitanie");
        assertThat(value(events.get(0), "X-ESSOR-DEPARTEMENT")).isEqualTo("34");
        assertThat(value(events.get(0), "X-ESSOR-COMMUNE")).isEqualTo("34172");
        assertThat(events.get(1).<Property>getProperties()).extracting(Property::getName)
                .doesNotContain("X-ESSOR-ORGANISER", "X-ESSOR-DEPARTEMENT", "X-ESSOR-COMMUNE", "ORGANIZER");
    }

    @Test
    void theTimeZoneIsWrittenOnceWhateverTheNumberOfEvents() {
        String ics = ICalendarFeed.write("Mois de l'ESS 2026", List.of(new Fixture().build(), new Fixture().build()),
                GENERATED_AT);

        Calendar calendar = parse(ics);
        assertThat(events(calendar)).hasSize(2);
        assertThat(timeZones(calendar)).hasSize(1);
        assertThat(count(ics, "BEGIN:VTIMEZONE")).isEqualTo(1);
    }

    @Test
    void theTimeZoneIsTheDefinitionBundledWithIcal4jNotOneFetchedFromTheNetwork() throws IOException {
        VTimeZone written = timeZones(parse(ICalendarFeed.write("Coventis", List.of(), GENERATED_AT))).get(0);

        assertThat(System.getProperty("net.fortuna.ical4j.timezone.update.enabled")).isEqualTo("false");

        try (InputStream bundled = VTimeZone.class.getResourceAsStream("/zoneinfo/Europe/Paris.ics")) {
            assertThat(bundled).isNotNull();
            VTimeZone expected = timeZones(parse(new String(bundled.readAllBytes(), StandardCharsets.UTF_8))).get(0);
            assertThat(written.getLastModified()).isEqualTo(expected.getLastModified());
            assertThat(written.getObservances()).hasSameSizeAs(expected.getObservances());
        }
    }

    @Test
    void oneEventsIcsIsACalendarOfItsTimingsNamedAfterIt() {
        FeedEvent event = new Fixture().title("Coventis 2026")
                .timings(timing("2026-11-05T17:00:00Z", "2026-11-05T19:00:00Z"),
                        timing("2026-11-06T08:00:00Z", "2026-11-06T16:00:00Z"))
                .build();

        String ics = ICalendarFeed.write(event, GENERATED_AT);

        Calendar calendar = parse(ics);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Coventis 2026");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(timeZones(calendar)).hasSize(1);
        assertThat(events(calendar)).hasSize(2)
                .allSatisfy(vevent -> assertThat(value(vevent, Property.UID)).startsWith(event.id() + "-"));
    }

    @Test
    void linesEndWithCrlfAndAreFoldedAt75OctetsWithoutCuttingACharacter() {
        String title = "🌱 P'tit déj de l'économie sociale et solidaire à Montpellier – échanges, café et "
                + "thé ☕ avec les élus et les réseaux de l'ESS d'Occitanie 🌱🌱🌱🌱🌱🌱";
        String ics = ICalendarFeed.write("Mois de l'ESS 2026", List.of(new Fixture().title(title).build()),
                GENERATED_AT);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
        byte[] utf8 = ics.getBytes(StandardCharsets.UTF_8);
        String decoded = new String(utf8, StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo(ics);
        assertThat(Arrays.stream(decoded.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(onlyEvent(decoded).getSummary().orElseThrow().getValue()).isEqualTo(title);
    }

    private static void assertTime(VEvent event, String name, LocalDateTime local, Instant instant) {
        DateProperty<?> property = event.<DateProperty<?>>getProperty(name).orElseThrow();
        assertThat(property.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Paris");
        ZonedDateTime date = (ZonedDateTime) property.getDate();
        assertThat(date.toLocalDateTime()).isEqualTo(local);
        assertThat(date.toInstant()).isEqualTo(instant);
    }

    private static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("Not iCalendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    private static VEvent onlyEvent(String ics) {
        List<VEvent> events = events(parse(ics));
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static List<VTimeZone> timeZones(Calendar calendar) {
        return calendar.getComponents(Component.VTIMEZONE);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static List<ValidationEntry> errors(Calendar calendar) {
        ValidationResult result = calendar.validate();
        return result.getEntries().stream()
                .filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR)
                .toList();
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(line::equals).count();
    }

    private static FeedTiming timing(String begin, String end) {
        return new FeedTiming(UUID.randomUUID(), Instant.parse(begin), Instant.parse(end));
    }

    /** A P'tit déj ESS in Montpellier, changed one field at a time; the id stays across builds. */
    private static final class Fixture {

        private final UUID id = UUID.randomUUID();
        private long version = 1;
        private String title = "P'tit déj ESS";
        private String description = "Un petit-déjeuner entre acteurs de l'ESS.";
        private String status = "PUBLISHED";
        private String category = "RENCONTRE";
        private String campaign = "MOIS_ESS_2026";
        private String axis = "FAIRE_CONNAITRE";
        private String organiser = "CRESS Occitanie";
        private List<FeedTiming> timings = List.of(timing("2026-11-05T07:30:00Z", "2026-11-05T09:00:00Z"));
        private String venueName = "Halle Tropisme";
        private String address = "121 rue Fontcouverte, 34070 Montpellier";
        private String departement = "34";
        private String communeCode = "34172";
        private Double latitude = 43.6;
        private Double longitude = 3.87;
        private String onlineLink;
        private String url = "https://essor.example.org/evenements/1";

        Fixture version(long value) {
            version = value;
            return this;
        }

        Fixture title(String value) {
            title = value;
            return this;
        }

        Fixture description(String value) {
            description = value;
            return this;
        }

        Fixture status(String value) {
            status = value;
            return this;
        }

        Fixture category(String value) {
            category = value;
            return this;
        }

        Fixture campaign(String value) {
            campaign = value;
            return this;
        }

        Fixture axis(String value) {
            axis = value;
            return this;
        }

        Fixture organiser(String value) {
            organiser = value;
            return this;
        }

        Fixture timings(FeedTiming... values) {
            timings = new ArrayList<>(List.of(values));
            return this;
        }

        Fixture venue(String name, String street) {
            venueName = name;
            address = street;
            return this;
        }

        Fixture place(String departementCode, String commune) {
            departement = departementCode;
            communeCode = commune;
            return this;
        }

        Fixture coordinates(Double lat, Double lon) {
            latitude = lat;
            longitude = lon;
            return this;
        }

        Fixture onlineOnly() {
            venue(null, null);
            coordinates(null, null);
            onlineLink = "https://visio.example.org/ess";
            return this;
        }

        Fixture url(String value) {
            url = value;
            return this;
        }

        FeedEvent build() {
            return new FeedEvent(id, version, title, description, status, category, campaign, axis, organiser, timings,
                    venueName, address, communeCode, departement, latitude, longitude, onlineLink, url, UPDATED_AT);
        }
    }
}
