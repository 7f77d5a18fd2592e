package org.essor.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    static final Set<String> OCCITANIE = Set.of("31", "34");

    static EventDetails details(Integer capacity) {
        return new EventDetails("Atelier", null, "WORKSHOP", null, null, null, "CRESS Occitanie",
                List.of(new Timing(null, NOW.plus(1, ChronoUnit.DAYS), NOW.plus(26, ChronoUnit.HOURS))), AttendanceMode.IN_PERSON,
                null, new Venue("Salle", "1 rue", "31555", "31", null, null), Set.of(), null, true, null, capacity, true, null,
                Set.of(), List.of());
    }

    @Test
    void aTimingGetsAnIdThatItKeeps() {
        EventDetails checked = details(10).checked(OCCITANIE);
        UUID id = checked.timings().get(0).id();
        assertThat(id).isNotNull();
        assertThat(checked.checked(OCCITANIE).timings().get(0).id()).isEqualTo(id);
    }

    @Test
    void everyBrokenRuleIsNamed() {
        EventDetails broken = new EventDetails(" ", null, "WORKSHOP", null, null, null, null,
                List.of(new Timing(null, NOW, NOW.minusSeconds(1))), AttendanceMode.MIXED, "http://insecure", null, Set.of(),
                null, false, BigDecimal.ZERO, 0, false, NOW, Set.of(), List.of());
        assertThatThrownBy(() -> broken.checked(OCCITANIE)).isInstanceOfSatisfying(RuleViolationException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field()).contains("title", "timings[0].endsAt", "onlineLink",
                        "venue", "price", "capacity", "registrationDeadline", "organiser"));
    }

    @Test
    void anOnlineEventKeepsNoVenue() {
        EventDetails online = new EventDetails("Webinaire", null, "WORKSHOP", null, null, null, "CRESS",
                details(null).timings(), AttendanceMode.ONLINE, "https://visio.example/ess",
                new Venue("Salle", "1 rue", "75056", "75", null, null), Set.of(), null, true, null, null, false, null, Set.of(),
                List.of());
        assertThat(online.checked(OCCITANIE).venue()).isNull();
    }

    @Test
    void seatsAreGivenUpToTheCapacityThenTheWaitingListIsServed() {
        Event event = Event.draft(details(2).checked(OCCITANIE), null, null, "officer", NOW);
        event.submit(NOW);
        event.publish(NOW);
        assertThat(event.seatNewRegistration()).isTrue();
        assertThat(event.seatNewRegistration()).isTrue();
        assertThat(event.seatNewRegistration()).isFalse();
        assertThat(event.hasSeatForWaiting()).isFalse();
        event.withdrawRegistration(true, NOW);
        assertThat(event.hasSeatForWaiting()).isTrue();
        event.promoteWaiting(NOW);
        assertThat(event.confirmedCount()).isEqualTo(2);
        assertThat(event.waitlistedCount()).isZero();
        assertThatThrownBy(() -> event.revise(details(1).checked(OCCITANIE), true, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void forbiddenStepsSayWhy() {
        Event event = Event.draft(details(null).checked(OCCITANIE), null, null, "officer", NOW);
        assertThatThrownBy(() -> event.publish(NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("only a submitted event");
        assertThatThrownBy(() -> event.cancel("x", NOW)).isInstanceOf(StateConflictException.class);
        assertThat(event.registrationClosedReason(NOW)).contains("draft");
        event.submit(NOW);
        event.publish(NOW);
        assertThat(event.registrationClosedReason(NOW)).isNull();
        assertThat(event.registrationClosedReason(NOW.plus(3, ChronoUnit.DAYS))).contains("over");
        event.cancel("Intempéries", NOW);
        assertThatThrownBy(() -> event.revise(details(null).checked(OCCITANIE), true, NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
