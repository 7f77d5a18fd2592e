package org.essor.calendar.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.calendar.app.EventQueries;
import org.essor.calendar.domain.Accessibility;
import org.essor.calendar.domain.AttendanceMode;
import org.essor.calendar.domain.Campaign;
import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventStatus;
import org.essor.calendar.domain.ExternalId;
import org.essor.calendar.domain.Registration;
import org.essor.calendar.domain.RegistrationStatus;
import org.essor.events.history.StatusHistory;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Representations of the calendar API. */
final class Views {

    private Views() {
    }

    record TimingView(UUID id, Instant startsAt, Instant endsAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VenueView(String name, String address, String communeCode, String departement, BigDecimal latitude,
                     BigDecimal longitude) {
    }

    record Seats(@Schema(description = "null: no limit") Integer capacity, int confirmed, int waitlisted, int attended,
                 @Schema(description = "Seats left; null: no limit") Integer remaining) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventView(UUID id, long version, String title, String description, String category, String axis, String campaign,
                     UUID organiserEnterpriseId, String organiserName, List<TimingView> timings,
                     AttendanceMode attendanceMode, String onlineLink, VenueView venue, Set<Accessibility> accessibility,
                     String audience, boolean free, BigDecimal price, boolean registrationRequired,
                     Instant registrationDeadline, Set<String> keywords, Map<String, String> externalIds,
                     EventStatus status, @Schema(description = "Why it was postponed, cancelled, sent back or refused")
                     String moderationNote, Seats seats, String icsUrl, Instant publishedAt, Instant updatedAt) {

        static EventView of(Event e, String icsUrl) {
            Integer remaining = e.capacity() == null ? null : Math.max(0, e.capacity() - e.confirmedCount());
            return new EventView(e.id(), e.version(), e.title(), e.description(), e.category(), e.axis(), e.campaign(),
                    e.organiserEnterpriseId(), e.organiserName(),
                    e.timings().stream().map(t -> new TimingView(t.id(), t.startsAt(), t.endsAt())).toList(),
                    e.attendanceMode(), e.onlineLink(), e.venue() == null ? null : new VenueView(e.venue().name(),
                    e.venue().address(), e.venue().communeCode(), e.venue().departement(), e.venue().latitude(),
                    e.venue().longitude()), e.accessibilitySet(), e.audience(), e.free(), e.price(), e.registrationRequired(),
                    e.registrationDeadline(), e.keywordSet(),
                    e.externalIds().stream().collect(java.util.stream.Collectors.toMap(ExternalId::source, ExternalId::value,
                            (a, b) -> a, java.util.TreeMap::new)),
                    e.status(), e.moderationNote(), new Seats(e.capacity(), e.confirmedCount(), e.waitlistedCount(),
                    e.attendedCount(), remaining), icsUrl, e.publishedAt(), e.updatedAt());
        }
    }

    /** A registration as its person (through the secret link), the organiser and the officers see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegistrationView(UUID id, long version, UUID eventId, String name, String email, String organisation,
                            RegistrationStatus status, @Schema(description = "Place in the waiting list (1: next)")
                            Integer waitlistPosition, Instant registeredAt, Instant attendedAt,
                            @Schema(description = "The secret link to follow or cancel it: given once, at registration")
                            String followUrl) {

        static RegistrationView of(Registration r, Integer position, String followUrl) {
            return new RegistrationView(r.id(), r.version(), r.eventId(), r.personName(), r.email(), r.organisation(),
                    r.status(), position, r.createdAt(), r.attendedAt(), followUrl);
        }
    }

    record HistoryLine(long version, String status, Instant changedAt,
                       @Schema(description = "Events officers only") String changedBy, String note) {

        static HistoryLine of(StatusHistory.Line line, boolean officer) {
            return new HistoryLine(line.version(), line.status(), line.changedAt(), officer ? line.changedBy() : null, line.note());
        }
    }

    record CampaignView(String code, String name, String category, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
                        long events, long confirmedRegistrations, List<EventQueries.Reach> reach) {

        static CampaignView of(Campaign c, List<EventQueries.Reach> reach) {
            return new CampaignView(c.code(), c.name(), c.category(), c.startsOn(), c.endsOn(),
                    reach.stream().mapToLong(EventQueries.Reach::events).sum(),
                    reach.stream().mapToLong(EventQueries.Reach::confirmed).sum(), reach);
        }
    }
}
