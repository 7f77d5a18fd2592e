package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.essor.kernel.Actor;
import org.essor.kernel.StateConflictException;
import org.junit.jupiter.api.Test;

class EnterpriseTransitionsTest {

    static final Actor OFFICER = new Actor("registry-officer");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    Enterprise registered() {
        return Enterprise.register(EnterpriseRules.check(EnterpriseFixture.association(), EnterpriseFixture.OCCITANIE,
                EnterpriseFixture.TODAY), OFFICER, NOW);
    }

    @Test
    void aRegisteredEnterpriseIsVerifiedOnce() {
        Enterprise enterprise = registered();
        assertThat(enterprise.verify(OFFICER, NOW).kind()).isEqualTo(EnterpriseChange.Kind.VERIFIED);
        assertThat(enterprise.status()).isEqualTo(EnterpriseStatus.VERIFIED);
        assertThatThrownBy(() -> enterprise.verify(OFFICER, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aStruckOffEnterpriseRefusesEveryOtherTransition() {
        Enterprise enterprise = registered();
        enterprise.strikeOff(LocalDate.of(2026, 1, 31), StrikeOffReason.MERGED, null, OFFICER, NOW);

        assertThatThrownBy(() -> enterprise.verify(OFFICER, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> enterprise.amend(enterprise.details(), OFFICER, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> enterprise.strikeOff(LocalDate.of(2026, 2, 1), StrikeOffReason.OTHER, null, OFFICER, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void anAmendmentNamesTheFieldsItChangedAndNothingWhenNothingChanged() {
        Enterprise enterprise = registered();
        EnterpriseDetails d = enterprise.details();
        assertThat(enterprise.amend(d, OFFICER, NOW)).isEmpty();

        EnterpriseDetails changed = new EnterpriseDetails(d.siren(), d.rna(), d.legalName(), "Jardins", d.creationDate(),
                d.legalCategory(), null, d.essBasis(), d.naf(), d.headcountBracket(), d.declaredFte(),
                Set.of(Sector.HOUSING), d.establishments(), d.representative());
        assertThat(enterprise.amend(changed, OFFICER, NOW)).hasValueSatisfying(change -> {
            assertThat(change.kind()).isEqualTo(EnterpriseChange.Kind.UPDATED);
            assertThat(change.changedFields()).containsExactly("usualName", "sectors");
        });
    }

    @Test
    void changingOnlyTheRepresentativeIsNotPublished() {
        Enterprise enterprise = registered();
        EnterpriseDetails d = enterprise.details();
        EnterpriseDetails newPerson = new EnterpriseDetails(d.siren(), d.rna(), d.legalName(), d.usualName(), d.creationDate(),
                d.legalCategory(), null, d.essBasis(), d.naf(), d.headcountBracket(), d.declaredFte(), d.sectors(),
                d.establishments(), new Representative("Jeanne Dupont", "jeanne@example.org", null));
        assertThat(enterprise.amend(newPerson, OFFICER, NOW)).hasValueSatisfying(change ->
                assertThat(change.kind().published()).isFalse());
    }

    @Test
    void anEsusExpiryIsRecordedOnceAndARenewalStartsAgain() {
        Enterprise enterprise = registered();
        enterprise.grantEsus(EsusAgreement.of(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1), "31", EnterpriseFixture.TODAY),
                OFFICER, NOW);

        assertThat(enterprise.expireEsus(EnterpriseFixture.TODAY, NOW)).isPresent();
        assertThat(enterprise.expireEsus(EnterpriseFixture.TODAY, NOW)).isEmpty();

        enterprise.grantEsus(EsusAgreement.of(LocalDate.of(2026, 1, 1), LocalDate.of(2031, 1, 1), "31", EnterpriseFixture.TODAY),
                OFFICER, NOW);
        assertThat(enterprise.esusAgreement()).hasValueSatisfying(a -> assertThat(a.isValidOn(EnterpriseFixture.TODAY)).isTrue());
        assertThat(enterprise.expireEsus(EnterpriseFixture.TODAY, NOW)).isEmpty();
        assertThat(enterprise.expireEsus(LocalDate.of(2031, 1, 2), NOW)).isPresent();
    }

    @Test
    void namesAreSearchedWithoutAccentsOrCase() {
        assertThat(Enterprise.searchable("Coopérative  d'Économie SOLIDAIRE")).isEqualTo("cooperative d economie solidaire");
    }
}
