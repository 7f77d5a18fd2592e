package org.essor.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.essor.enterprises.EnterpriseFacts;
import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.junit.jupiter.api.Test;

class ApplicationLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Actor OFFICER = new Actor("programme-officer");

    static Programme realis() {
        Programme programme = new Programme();
        programme.code = "REALIS";
        programme.name = "Pôle REALIS";
        programme.stages = Set.of(Stage.EMERGENCE_CREATION, Stage.DEVELOPMENT);
        return programme;
    }

    static Call call(int seats) {
        return Call.open(realis(), "REALIS 2026", Set.of("31"), NOW.minusSeconds(86_400), NOW.plusSeconds(86_400), seats,
                new EligibilityRules(null, null, null, null, false, true),
                List.of(new Criterion("impact", "Utilité sociale", 3), new Criterion("viability", "Viabilité", 1)), OFFICER, NOW);
    }

    static Application underReview(Call call) {
        Application application = Application.draft(call, UUID.randomUUID(), null, Stage.DEVELOPMENT, "31", "Projet", OFFICER, NOW);
        application.submit(NOW);
        application.startReview(NOW);
        return application;
    }

    @Test
    void followsTheDossierStates() {
        Application application = Application.draft(call(1), UUID.randomUUID(), null, Stage.DEVELOPMENT, "31", "Projet", OFFICER, NOW);
        assertThat(application.submit(NOW).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.startReview(NOW).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(application.requestCorrections("statuts", NOW).status()).isEqualTo(ApplicationStatus.CORRECTIONS_REQUESTED);
        assertThat(application.submit(NOW).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        application.startReview(NOW);
        assertThat(application.reject("hors périmètre", NOW).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void refusesWhatTheStatusDoesNotAllow() {
        Application draft = Application.draft(call(1), UUID.randomUUID(), null, Stage.DEVELOPMENT, "31", "Projet", OFFICER, NOW);
        assertThatThrownBy(() -> draft.startReview(NOW)).isInstanceOf(StateConflictException.class).hasMessageContaining("DRAFT");
        assertThatThrownBy(() -> draft.reject("non", NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> draft.review(OFFICER, Map.of("impact", 5, "viability", 5), null, NOW))
                .isInstanceOf(StateConflictException.class);
        draft.withdraw(NOW);
        assertThatThrownBy(() -> draft.withdraw(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> draft.submit(NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aDraftIsSubmittedOnlyWhileTheCallIsOpen() {
        Application draft = Application.draft(call(1), UUID.randomUUID(), null, Stage.DEVELOPMENT, "31", "Projet", OFFICER, NOW);
        assertThatThrownBy(() -> draft.submit(NOW.plusSeconds(2 * 86_400))).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("not open");
    }

    @Test
    void aRejectionIsMotivated() {
        Application application = underReview(call(1));
        assertThatThrownBy(() -> application.reject(" ", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void reviewsScoreEveryCriterionAndGiveAWeightedScore() {
        Application application = underReview(call(1));
        assertThatThrownBy(() -> application.review(OFFICER, Map.of("impact", 5), null, NOW)).isInstanceOf(RuleViolationException.class);
        application.review(OFFICER, Map.of("impact", 9, "viability", 5), "bien", NOW);
        application.review(new Actor("second"), Map.of("impact", 5, "viability", 5), null, NOW);
        assertThat(application.score()).isEqualByComparingTo("6.50");
        application.review(OFFICER, Map.of("impact", 5, "viability", 5), "revu", NOW);
        assertThat(application.score()).isEqualByComparingTo("5.00");
        assertThat(application.reviews()).hasSize(2);
    }

    @Test
    void theCommitteeAdmitsTheBestWithinTheSeatsAndAFreedSeatGoesToTheBestWaitlisted() {
        Call call = call(2);
        List<Application> applications = IntStream.of(3, 9, 6, 7).mapToObj(impact -> {
            Application a = underReview(call);
            a.review(OFFICER, Map.of("impact", impact, "viability", 5), null, NOW);
            return a;
        }).toList();

        Committee.decide(call, applications, NOW);

        assertThat(applications).extracting(Application::status).containsExactly(ApplicationStatus.WAITLISTED,
                ApplicationStatus.ADMITTED, ApplicationStatus.WAITLISTED, ApplicationStatus.ADMITTED);
        applications.get(1).withdraw(NOW);
        var promoted = Committee.fillFreedSeat(call, applications, NOW);
        assertThat(promoted).hasValueSatisfying(entry -> assertThat(entry.getKey()).isSameAs(applications.get(2)));
        assertThat(Committee.admitted(applications)).isEqualTo(2);
        assertThat(Committee.fillFreedSeat(call, applications, NOW)).isEmpty();
    }

    @Test
    void aSecondDecisionAdmitsOnlyUpToTheSeatsStillFree() {
        Call call = call(3);
        List<Application> applications = new ArrayList<>(IntStream.of(4, 5).mapToObj(impact -> reviewed(call, impact))
                .toList());
        Committee.decide(call, applications, NOW);
        List<Application> later = IntStream.of(9, 8, 7).mapToObj(impact -> reviewed(call, impact)).toList();
        applications.addAll(later);

        Committee.decide(call, applications, NOW);

        assertThat(later).extracting(Application::status).containsExactly(ApplicationStatus.ADMITTED,
                ApplicationStatus.WAITLISTED, ApplicationStatus.WAITLISTED);
        assertThat(Committee.admitted(applications)).isEqualTo(3);
    }

    static Application reviewed(Call call, int impact) {
        Application application = underReview(call);
        application.review(OFFICER, Map.of("impact", impact, "viability", 5), null, NOW);
        return application;
    }

    @Test
    void eligibilityGivesEveryReason() {
        EligibilityRules rules = new EligibilityRules(Set.of(Stage.EMERGENCE_CREATION), Set.of("ASSOCIATION"), null, 3, true, true);
        EnterpriseFacts old = new EnterpriseFacts(UUID.randomUUID(), null, "MUTUAL", null, LocalDate.of(2000, 1, 1), null, Set.of("75"), null,
                null, "STRUCK_OFF");
        assertThat(rules.refusals(old, Stage.SCALING, Set.of("31"), LocalDate.of(2026, 11, 26))).hasSize(6);
        EnterpriseFacts young = new EnterpriseFacts(UUID.randomUUID(), null, "ASSOCIATION", null, LocalDate.of(2025, 1, 1), null, Set.of("31"),
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 6, 1), "VERIFIED");
        assertThat(rules.refusals(young, Stage.EMERGENCE_CREATION, Set.of("31"), LocalDate.of(2026, 11, 26))).isEmpty();
    }

    @Test
    void anOfficerHandsAPartnersApplicationOverToAnotherPartnerOnly() {
        Application application = Application.draft(call(1), UUID.randomUUID(), null, Stage.DEVELOPMENT, "31", "Projet",
                "essor-partner", OFFICER, NOW);
        ApplicationChange handedOver = application.handOverTo("essor-partner-2", NOW);
        assertThat(handedOver.statusMoved()).isFalse();
        assertThat(handedOver.note()).isEqualTo("handed over from essor-partner to essor-partner-2");
        assertThat(application.partnerClient()).isEqualTo("essor-partner-2");
        assertThatThrownBy(() -> application.handOverTo("essor-partner-2", NOW)).isInstanceOf(StateConflictException.class);
        Application person = Application.draft(call(1), null, UUID.randomUUID(), Stage.EMERGENCE_CREATION, "31", "Projet",
                OFFICER, NOW);
        assertThatThrownBy(() -> person.handOverTo("essor-partner", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void erasingThePersonForgetsTheSecretLink() {
        Application person = Application.draft(call(1), null, UUID.randomUUID(), Stage.EMERGENCE_CREATION, "31", "Projet",
                OFFICER, NOW);
        person.protectWith("hash");
        assertThat(person.personErased(NOW).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(person.trackingSecretHash()).isNull();
        Application enterprise = Application.draft(call(1), UUID.randomUUID(), null, Stage.DEVELOPMENT, "31", "Projet",
                OFFICER, NOW);
        assertThatThrownBy(() -> enterprise.personErased(NOW)).isInstanceOf(StateConflictException.class);
    }
}
