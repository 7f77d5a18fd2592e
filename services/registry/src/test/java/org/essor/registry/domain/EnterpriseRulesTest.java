package org.essor.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essor.registry.domain.EnterpriseFixture.OCCITANIE;
import static org.essor.registry.domain.EnterpriseFixture.TODAY;

import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.essor.testing.identifiers.TestIdentifiers;
import org.junit.jupiter.api.Test;

class EnterpriseRulesTest {

    @Test
    void aStatutoryFamilyBelongsToTheEssByItsStatutes() {
        EnterpriseDetails checked = EnterpriseRules.check(EnterpriseFixture.association(), OCCITANIE, TODAY);
        assertThat(checked.essBasis()).isEqualTo(EssBasis.STATUTORY_FAMILY);
    }

    @Test
    void aCommercialCompanyMustBeDeclaredAnEssCompany() {
        assertThat(fields(() -> EnterpriseRules.check(EnterpriseFixture.company("5710", null), OCCITANIE, TODAY)))
                .contains("essBasis");
        assertThat(EnterpriseRules.check(EnterpriseFixture.company("5710", EssBasis.COMMERCIAL_ESS_COMPANY), OCCITANIE, TODAY)
                .legalFamily()).isEqualTo(LegalFamily.COMMERCIAL_COMPANY);
        assertThat(fields(() -> EnterpriseRules.check(EnterpriseFixture.company("5458", EssBasis.COMMERCIAL_ESS_COMPANY),
                OCCITANIE, TODAY))).contains("essBasis");
    }

    @Test
    void anAssociationNeedsAnRnaOrASiret() {
        EnterpriseDetails rnaOnly = EnterpriseFixture.details(null, Rna.parse("W9P1002760"), "9220", null,
                List.of(EnterpriseFixture.establishment(null, 0, true, "81004")));
        assertThat(EnterpriseRules.check(rnaOnly, OCCITANIE, TODAY).siren()).isNull();

        EnterpriseDetails neither = EnterpriseFixture.details(null, null, "9220", null,
                List.of(EnterpriseFixture.establishment(null, 0, true, "81004")));
        assertThat(fields(() -> EnterpriseRules.check(neither, OCCITANIE, TODAY))).contains("rna");
    }

    @Test
    void anAssociationWithOnlyASiretTakesItsSiren() {
        Siren siren = Siren.parse(TestIdentifiers.siren());
        EnterpriseDetails siretOnly = EnterpriseFixture.details(null, null, "9220", null,
                List.of(EnterpriseFixture.establishment(siren, 3, true, "31555")));
        assertThat(EnterpriseRules.check(siretOnly, OCCITANIE, TODAY).siren()).isEqualTo(siren);
    }

    @Test
    void otherFamiliesNeedASirenAndNoRna() {
        EnterpriseDetails cooperative = EnterpriseFixture.details(null, Rna.parse("W313001234"), "5458", null,
                List.of(EnterpriseFixture.establishment(null, 0, true, "31555")));
        assertThat(fields(() -> EnterpriseRules.check(cooperative, OCCITANIE, TODAY))).contains("siren", "rna");
    }

    @Test
    void everySiretStartsWithTheSiren() {
        Siren siren = Siren.parse(TestIdentifiers.siren());
        Siren other = Siren.parse(TestIdentifiers.siren());
        EnterpriseDetails mixed = EnterpriseFixture.details(siren, null, "5458", null, List.of(
                EnterpriseFixture.establishment(siren, 1, true, "31555"),
                EnterpriseFixture.establishment(other, 1, false, "31555")));
        assertThat(fields(() -> EnterpriseRules.check(mixed, OCCITANIE, TODAY))).containsExactly("establishments[1].siret");
    }

    @Test
    void atLeastOneEstablishmentIsInOccitanie() {
        Siren siren = Siren.parse(TestIdentifiers.siren());
        EnterpriseDetails parisian = EnterpriseFixture.details(siren, null, "5458", null, List.of(
                EnterpriseFixture.establishment(siren, 1, true, "75056"), EnterpriseFixture.establishment(siren, 2, false, "2A004")));
        assertThat(fields(() -> EnterpriseRules.check(parisian, OCCITANIE, TODAY))).containsExactly("establishments");

        EnterpriseDetails withToulouse = EnterpriseFixture.details(siren, null, "5458", null, List.of(
                EnterpriseFixture.establishment(siren, 1, true, "75056"), EnterpriseFixture.establishment(siren, 2, false, "31555")));
        assertThat(EnterpriseRules.check(withToulouse, OCCITANIE, TODAY).establishments()).hasSize(2);
    }

    @Test
    void onlyOneHeadOffice() {
        Siren siren = Siren.parse(TestIdentifiers.siren());
        EnterpriseDetails twoHeads = EnterpriseFixture.details(siren, null, "5458", null, List.of(
                EnterpriseFixture.establishment(siren, 1, true, "31555"), EnterpriseFixture.establishment(siren, 2, true, "31555")));
        assertThat(fields(() -> EnterpriseRules.check(twoHeads, OCCITANIE, TODAY))).containsExactly("establishments");
    }

    @Test
    void scicIsDeclaredOnlyOnACooperativeCategory() {
        EnterpriseDetails association = EnterpriseFixture.association();
        EnterpriseDetails declaredScic = new EnterpriseDetails(association.siren(), null, "SCIC", null, null,
                LegalCategory.parse("5560"), CooperativeKind.SCIC, null, null, null, null, null, association.establishments(), null);
        assertThat(EnterpriseRules.check(declaredScic, OCCITANIE, TODAY).declaredCooperativeKind()).isEqualTo(CooperativeKind.SCIC);

        EnterpriseDetails scicAssociation = new EnterpriseDetails(association.siren(), null, "SCIC", null, null,
                LegalCategory.parse("9220"), CooperativeKind.SCIC, null, null, null, null, null, association.establishments(), null);
        assertThat(fields(() -> EnterpriseRules.check(scicAssociation, OCCITANIE, TODAY))).contains("cooperativeKind");
    }

    @Test
    void aCreationDateInTheFutureIsRefused() {
        EnterpriseDetails a = EnterpriseFixture.association();
        EnterpriseDetails future = new EnterpriseDetails(a.siren(), a.rna(), a.legalName(), null, TODAY.plusDays(1),
                a.legalCategory(), null, null, null, null, null, null, a.establishments(), null);
        assertThat(fields(() -> EnterpriseRules.check(future, OCCITANIE, TODAY))).containsExactly("creationDate");
    }

    private static List<String> fields(Runnable check) {
        try {
            check.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        assertThatThrownBy(check::run).isInstanceOf(RuleViolationException.class);
        return List.of();
    }
}
