package org.essor.calendar.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.calendar.domain.Accessibility;
import org.essor.calendar.domain.AttendanceMode;
import org.essor.calendar.domain.EventDetails;
import org.essor.calendar.domain.ExternalId;
import org.essor.calendar.domain.Timing;
import org.essor.calendar.domain.Venue;

/** Request bodies of the calendar API. */
final class Requests {

    private Requests() {
    }

    record TimingRequest(@Schema(description = "Keep the id of an existing timing to keep its feed UID") UUID id,
                         @NotNull Instant startsAt, @NotNull Instant endsAt) {
    }

    record VenueRequest(@Size(max = 300) String name, @Size(max = 500) String address,
                        @Schema(description = "INSEE code of the commune") @Pattern(regexp = "\\d{5}|2[AB]\\d{3}") String communeCode,
                        @Pattern(regexp = "\\d{2}|2[AB]|97\\d") String departement, BigDecimal latitude, BigDecimal longitude) {
    }

    /** An event as its organiser describes it (created, or the base a merge patch applies to). */
    record EventRequest(@NotBlank @Size(max = 300) String title, @Size(max = 10_000) String description,
                        @NotBlank @Schema(description = "A code of /api/v1/events/categories") String category,
                        @Schema(description = "A plan axis code, e.g. FAIRE_CONNAITRE") String axis,
                        @Schema(description = "A campaign's code, e.g. MOIS_ESS_2026") String campaign,
                        @Schema(description = "An enterprise of the register organising it") UUID organiserEnterpriseId,
                        @Schema(description = "The organising institution's name, or the enterprise's") @Size(max = 300) String organiserName,
                        @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull TimingRequest> timings,
                        @NotNull AttendanceMode attendanceMode, @Size(max = 1000) String onlineLink, @Valid VenueRequest venue,
                        Set<@NotNull Accessibility> accessibility, @Size(max = 500) String audience, boolean free,
                        @Schema(description = "Euros, for a priced event") BigDecimal price,
                        @Schema(description = "Seats; none for no limit") Integer capacity, boolean registrationRequired,
                        Instant registrationDeadline, @Size(max = 30) Set<@NotBlank @Size(max = 60) String> keywords,
                        @Schema(description = "Ids in other agendas, by source (e.g. openagenda)")
                        @Size(max = 20) Map<@Pattern(regexp = "[a-z0-9-]{2,40}") String, @NotBlank @Size(max = 200) String> externalIds) {

        EventDetails details() {
            return new EventDetails(title, description, category, axis, campaign, organiserEnterpriseId, organiserName,
                    timings.stream().map(t -> new Timing(t.id(), t.startsAt(), t.endsAt())).toList(), attendanceMode,
                    onlineLink, venue == null ? null : new Venue(venue.name(), venue.address(), venue.communeCode(),
                    venue.departement(), venue.latitude(), venue.longitude()), accessibility, audience, free, price, capacity,
                    registrationRequired, registrationDeadline, keywords,
                    externalIds == null ? List.of() : externalIds.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new ExternalId(e.getKey(), e.getValue())).toList());
        }

        static EventRequest of(EventDetails d) {
            return new EventRequest(d.title(), d.description(), d.category(), d.axis(), d.campaign(),
                    d.organiserEnterpriseId(), d.organiserName(),
                    d.timings().stream().map(t -> new TimingRequest(t.id(), t.startsAt(), t.endsAt())).toList(),
                    d.attendanceMode(), d.onlineLink(), d.venue() == null ? null : new VenueRequest(d.venue().name(),
                    d.venue().address(), d.venue().communeCode(), d.venue().departement(), d.venue().latitude(),
                    d.venue().longitude()), d.accessibility(), d.audience(), d.free(), d.price(), d.capacity(),
                    d.registrationRequired(), d.registrationDeadline(), d.keywords(),
                    d.externalIds().stream().collect(java.util.stream.Collectors.toMap(ExternalId::source, ExternalId::value,
                            (a, b) -> a, java.util.TreeMap::new)));
        }
    }

    record Reason(@NotBlank @Size(max = 4000) String reason) {
    }

    record RegistrationRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
                               @Size(max = 300) String organisation) {
    }

    record CampaignRequest(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,59}") String code, @NotBlank @Size(max = 300) String name,
                           @Schema(description = "The category of its events, e.g. MOIS_ESS") String category,
                           @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }
}
