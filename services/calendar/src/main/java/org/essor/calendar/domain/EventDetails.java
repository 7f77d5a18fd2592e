package org.essor.calendar.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/**
 * What an organiser says of an event, as submitted or revised: checked here against the rules that do not depend on
 * the catalogues (those are checked against the loaded categories, axes and campaigns by the caller).
 */
public record EventDetails(String title, String description, String category, String axis, String campaign,
                           UUID organiserEnterpriseId, String organiserName, List<Timing> timings,
                           AttendanceMode attendanceMode, String onlineLink, Venue venue, Set<Accessibility> accessibility,
                           String audience, boolean free, BigDecimal price, Integer capacity, boolean registrationRequired,
                           Instant registrationDeadline, Set<String> keywords, List<ExternalId> externalIds) {

    public EventDetails {
        timings = timings == null ? List.of() : List.copyOf(timings);
        accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
        keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }

    /** The details, checked: a 422 naming every field that breaks a rule. */
    public EventDetails checked(Set<String> departements) {
        List<Violation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "required"));
        }
        if (timings.isEmpty()) {
            violations.add(new Violation("timings", "at least one: when the event takes place"));
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < timings.size(); i++) {
            Timing timing = timings.get(i);
            if (timing == null || timing.startsAt() == null || timing.endsAt() == null) {
                violations.add(new Violation("timings[" + i + "]", "startsAt and endsAt are required"));
            } else if (!timing.endsAt().isAfter(timing.startsAt())) {
                violations.add(new Violation("timings[" + i + "].endsAt", "must be after the beginning"));
            } else if (timing.id() != null && !ids.add(timing.id())) {
                violations.add(new Violation("timings[" + i + "].id", "appears twice"));
            }
        }
        if (attendanceMode == null) {
            violations.add(new Violation("attendanceMode", "required: IN_PERSON, ONLINE or MIXED"));
        } else {
            if (attendanceMode.hasLink() && (onlineLink == null || !onlineLink.matches("https://\\S+"))) {
                violations.add(new Violation("onlineLink", "an online event needs its https link"));
            }
            if (!attendanceMode.hasLink() && onlineLink != null) {
                violations.add(new Violation("onlineLink", "only an online or mixed event has a link"));
            }
            if (attendanceMode.hasVenue()) {
                checkVenue(violations, departements);
            }
        }
        if (venue != null && (venue.latitude() == null) != (venue.longitude() == null)) {
            violations.add(new Violation("venue", "latitude and longitude go together"));
        }
        if (venue != null && venue.latitude() != null && (venue.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || venue.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            violations.add(new Violation("venue", "coordinates out of range"));
        }
        if (free && price != null && price.signum() > 0) {
            violations.add(new Violation("price", "a free event has no price"));
        }
        if (!free && (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 2)) {
            violations.add(new Violation("price", "a priced event gives its price in euros, two decimals"));
        }
        if (capacity != null && capacity < 1) {
            violations.add(new Violation("capacity", "at least 1, or none for no limit"));
        }
        if (registrationDeadline != null && !registrationRequired) {
            violations.add(new Violation("registrationDeadline", "only an event that takes registrations has a deadline"));
        }
        if (organiserEnterpriseId == null && (organiserName == null || organiserName.isBlank())) {
            violations.add(new Violation("organiser", "an enterprise of the register (organiserEnterpriseId) or a named institution"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The event cannot be recorded as given", violations);
        }
        List<Timing> identified = timings.stream()
                .map(t -> t.id() == null ? new Timing(UUID.randomUUID(), t.startsAt(), t.endsAt()) : t).toList();
        // an online event has no venue: it is not kept, so that nothing places it in a territory
        return new EventDetails(title.strip(), description, category, axis, campaign, organiserEnterpriseId,
                organiserName == null ? null : organiserName.strip(), identified, attendanceMode, onlineLink,
                attendanceMode.hasVenue() ? venue : null,
                accessibility, audience, free, free ? null : price, capacity, registrationRequired, registrationDeadline,
                keywords, externalIds);
    }

    private void checkVenue(List<Violation> violations, Set<String> departements) {
        if (venue == null || venue.name() == null || venue.name().isBlank() || venue.address() == null
                || venue.address().isBlank()) {
            violations.add(new Violation("venue", "an event in person needs its venue: name and address"));
            return;
        }
        if (venue.communeCode() == null || !venue.communeCode().matches("\\d{5}|2[AB]\\d{3}|97\\d{3}")) {
            violations.add(new Violation("venue.communeCode", "the INSEE code of the commune (5 characters)"));
        }
        if (venue.departement() == null || !departements.contains(venue.departement())) {
            violations.add(new Violation("venue.departement", "one of the départements of Occitanie " + new java.util.TreeSet<>(departements)));
        } else if (venue.communeCode() != null && !venue.communeCode().startsWith(venue.departement())) {
            violations.add(new Violation("venue.communeCode", "a commune of département " + venue.departement()));
        }
    }

    /** The first beginning: the event's date in lists. */
    public Instant firstBegin() {
        return timings.stream().map(Timing::startsAt).min(Instant::compareTo).orElse(null);
    }
}
