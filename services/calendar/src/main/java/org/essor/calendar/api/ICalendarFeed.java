package org.essor.calendar.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes ESS events as iCalendar (RFC 5545) text: one VCALENDAR published in Europe/Paris time, with that zone's
 * VTIMEZONE and one VEVENT per timing of each event, whose UID stays the same when the event changes and whose
 * SEQUENCE is the event's version.
 *
 * <p>The text has CRLF line endings and lines folded at 75 octets of UTF-8; send it as
 * {@code text/calendar; charset=UTF-8}.
 */
public final class ICalendarFeed {

    private static final String PRODUCT_ID = "-//Essor//Calendar//FR";

    private ICalendarFeed() {
    }

    /** A whole feed: valid, with its VTIMEZONE, even without any event. */
    public static String write(String calendarName, List<FeedEvent> events, Instant generatedAt) {
        List<CalendarComponent> components = new ArrayList<>();
        components.add(ParisTime.vTimeZone());
        for (FeedEvent event : events) {
            for (FeedTiming timing : timings(event)) {
                components.add(TimingVEvent.of(event, timing, generatedAt));
            }
        }
        Calendar calendar = new Calendar(header(calendarName), new ComponentList<>(components));
        return ContentLines.folded(calendar.toString());
    }

    /** One event's .ics, named after the event. */
    public static String write(FeedEvent event, Instant generatedAt) {
        return write(event.title(), List.of(event), generatedAt);
    }

    private static PropertyList header(String calendarName) {
        List<Property> properties = new ArrayList<>(List.of(new ProdId(PRODUCT_ID), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN, ImmutableMethod.PUBLISH));
        if (calendarName != null && !calendarName.isBlank()) {
            properties.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        properties.add(new XProperty("X-WR-TIMEZONE", ParisTime.ZONE_ID));
        return new PropertyList(properties);
    }

    private static List<FeedTiming> timings(FeedEvent event) {
        return event.timings() == null ? List.of() : event.timings();
    }

    /** The VEVENT of one timing of an event: its times in Paris local time, the rest from the event. */
    private static final class TimingVEvent {

        static final String ORGANISER = "X-ESSOR-ORGANISER";
        static final String DEPARTEMENT = "X-ESSOR-DEPARTEMENT";
        static final String COMMUNE = "X-ESSOR-COMMUNE";

        private TimingVEvent() {
        }

        static VEvent of(FeedEvent event, FeedTiming timing, Instant generatedAt) {
            List<Property> properties = new ArrayList<>();
            properties.add(new Uid(uid(event, timing)));
            properties.add(new DtStamp(generatedAt));
            properties.add(new DtStart<>(ParisTime.local(timing.begin())));
            if (timing.end() != null) {
                properties.add(new DtEnd<>(ParisTime.local(timing.end())));
            }
            properties.add(new Sequence(sequence(event.version())));
            if (event.updatedAt() != null) {
                properties.add(new LastModified(event.updatedAt()));
            }
            present(event.title()).map(Summary::new).ifPresent(properties::add);
            description(event).map(Description::new).ifPresent(properties::add);
            status(event.status()).ifPresent(properties::add);
            categories(event).ifPresent(properties::add);
            location(event).map(Location::new).ifPresent(properties::add);
            geo(event.latitude(), event.longitude()).ifPresent(properties::add);
            url(event.url()).map(Url::new).ifPresent(properties::add);
            present(event.organiser()).map(name -> new XProperty(ORGANISER, name)).ifPresent(properties::add);
            present(event.departement()).map(code -> new XProperty(DEPARTEMENT, code)).ifPresent(properties::add);
            present(event.communeCode()).map(code -> new XProperty(COMMUNE, code)).ifPresent(properties::add);
            return new VEvent(new PropertyList(properties));
        }

        /** Stable across the event's changes, so that clients update the occurrence instead of adding another. */
        private static String uid(FeedEvent event, FeedTiming timing) {
            return event.id() + "-" + timing.id() + "@essor";
        }

        private static int sequence(long version) {
            return (int) Math.max(0, Math.min(version, Integer.MAX_VALUE));
        }

        private static Optional<String> description(FeedEvent event) {
            String text = Stream.of(event.description(), event.onlineLink())
                    .flatMap(value -> present(value).stream())
                    .collect(Collectors.joining("\n"));
            return present(text);
        }

        /** An unknown status gives no STATUS rather than a wrong one. */
        private static Optional<Status> status(String status) {
            if (status == null) {
                return Optional.empty();
            }
            return switch (status) {
                case "PUBLISHED" -> Optional.of(ImmutableStatus.VEVENT_CONFIRMED);
                case "POSTPONED" -> Optional.of(ImmutableStatus.VEVENT_TENTATIVE);
                case "CANCELLED" -> Optional.of(ImmutableStatus.VEVENT_CANCELLED);
                default -> Optional.empty();
            };
        }

        private static Optional<Categories> categories(FeedEvent event) {
            List<String> names = Stream.of(event.category(), event.campaign(), event.axis())
                    .flatMap(value -> present(value).stream())
                    .toList();
            return names.isEmpty() ? Optional.empty() : Optional.of(new Categories(new TextList(names)));
        }

        /** The venue where there is one, else the link of an online-only event. */
        private static Optional<String> location(FeedEvent event) {
            String place = Stream.of(event.venueName(), event.address())
                    .flatMap(value -> present(value).stream())
                    .collect(Collectors.joining(", "));
            return present(place).or(() -> present(event.onlineLink()));
        }

        private static Optional<Geo> geo(Double latitude, Double longitude) {
            if (!within(latitude, 90) || !within(longitude, 180)) {
                return Optional.empty();
            }
            // A fixed scale keeps BigDecimal from writing small values in exponent notation, which GEO does not allow.
            return Optional.of(new Geo(degrees(latitude), degrees(longitude)));
        }

        private static boolean within(Double degrees, double limit) {
            return degrees != null && Double.isFinite(degrees) && Math.abs(degrees) <= limit;
        }

        private static BigDecimal degrees(double value) {
            return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
        }

        /** A URL that is not an absolute URI is left out: one bad link must not cost the whole feed. */
        private static Optional<URI> url(String url) {
            if (present(url).isEmpty()) {
                return Optional.empty();
            }
            try {
                URI uri = new URI(url.strip());
                return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        private static Optional<String> present(String value) {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        }
    }

    /** Europe/Paris, the zone of every feed's local times, and its VTIMEZONE from the tz data bundled with ical4j. */
    private static final class ParisTime {

        static final String ZONE_ID = "Europe/Paris";
        static final ZoneId ZONE = ZoneId.of(ZONE_ID);

        /**
         * By default ical4j replaces its bundled zone definitions by tzurl.org's on first use, over the network and
         * without a timeout: a feed must not wait on that. An explicit setting (system property or ical4j.properties)
         * wins.
         */
        static final String UPDATE_SETTING = "net.fortuna.ical4j.timezone.update.enabled";

        static {
            if (System.getProperty(UPDATE_SETTING) == null) {
                System.setProperty(UPDATE_SETTING, "false");
            }
        }

        private static final VTimeZone DEFINITION = load();

        private ParisTime() {
        }

        /** The shared definition: components are only read when a calendar is written. */
        static VTimeZone vTimeZone() {
            return DEFINITION;
        }

        static ZonedDateTime local(Instant instant) {
            return instant.atZone(ZONE);
        }

        private static VTimeZone load() {
            TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE_ID);
            if (zone == null) {
                throw new IllegalStateException("ical4j has no definition of " + ZONE_ID);
            }
            return zone.getVTimeZone();
        }
    }

    /**
     * Folds iCalendar content lines so that no line is longer than 75 octets of UTF-8 (RFC 5545, 3.1).
     *
     * <p>ical4j's own folding (CalendarOutputter) counts characters, not octets, and may cut between the two halves of
     * a surrogate pair (an emoji in a title), which then cannot be encoded.
     */
    private static final class ContentLines {

        static final int MAX_OCTETS = 75;
        private static final String FOLD = "\r\n ";

        private ContentLines() {
        }

        /** The given unfolded content lines, each ending with CRLF, folded between whole characters. */
        static String folded(String unfolded) {
            StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
            int lineOctets = 0;
            int i = 0;
            while (i < unfolded.length()) {
                int codePoint = unfolded.codePointAt(i);
                if (codePoint == '\r' || codePoint == '\n') {
                    lineOctets = 0;
                } else {
                    int octets = utf8Length(codePoint);
                    if (lineOctets + octets > MAX_OCTETS) {
                        folded.append(FOLD);
                        lineOctets = 1;
                    }
                    lineOctets += octets;
                }
                folded.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
            return folded.toString();
        }

        private static int utf8Length(int codePoint) {
            if (codePoint < 0x80) {
                return 1;
            }
            if (codePoint < 0x800) {
                return 2;
            }
            return codePoint < 0x10000 ? 3 : 4;
        }
    }
}
