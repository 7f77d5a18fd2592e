package org.essor.registry.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.essor.registry.domain.CommuneCode;
import org.essor.registry.domain.HeadcountBracket;
import org.essor.registry.domain.LegalCategory;
import org.essor.registry.domain.LegalFamily;
import org.essor.registry.domain.NafCode;
import org.essor.registry.domain.NafVersion;
import org.essor.registry.domain.Rna;
import org.essor.registry.domain.Siren;
import org.essor.registry.domain.Siret;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoEnterprisesTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** The Occitanie départements of shared/reference/departements.csv. */
    private static final Set<String> OCCITANIE =
            Set.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82");

    private static List<DemoEnterprise> enterprises;

    @BeforeAll
    static void generate25000() {
        enterprises = new DemoEnterprises(2018, MARCH_2026).generate(25_000);
    }

    @Test
    void sameSeedGivesTheSameEnterprises() {
        DemoEnterprises generator = new DemoEnterprises(7, MARCH_2026);

        List<DemoEnterprise> first = generator.generate(1_000);

        assertThat(new DemoEnterprises(7, MARCH_2026).generate(1_000)).isEqualTo(first);
        assertThat(generator.generate(1_000)).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherEnterprises() {
        assertThat(new DemoEnterprises(8, MARCH_2026).generate(100))
                .isNotEqualTo(new DemoEnterprises(7, MARCH_2026).generate(100));
    }

    @Test
    void generates25000EnterprisesQuickly() {
        List<DemoEnterprise> generated = assertTimeout(Duration.ofSeconds(10),
                () -> new DemoEnterprises(1, MARCH_2026).generate(25_000));

        assertThat(generated).hasSize(25_000);
    }

    @Test
    void generatesNothingForZeroAndRefusesANegativeCount() {
        assertThat(new DemoEnterprises(1).generate(0)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new DemoEnterprises(1).generate(-1));
    }

    @Test
    void everySirenIsValidAndUnique() {
        List<String> sirens = enterprises.stream().map(DemoEnterprise::siren).filter(Objects::nonNull).toList();

        assertThat(sirens).allSatisfy(siren -> assertThat(Siren.parse(siren).value()).isEqualTo(siren));
        assertThat(new HashSet<>(sirens)).hasSameSizeAs(sirens);
        assertThat(sirens).doesNotContain("356000000");
    }

    @Test
    void everySiretIsValidUniqueAndOfItsEnterprisesSiren() {
        Set<String> seen = new HashSet<>();
        for (DemoEnterprise enterprise : enterprises) {
            for (DemoEstablishment establishment : enterprise.establishments()) {
                if (enterprise.siren() == null) {
                    assertThat(establishment.siret()).isNull();
                    continue;
                }
                Siret siret = Siret.parse(establishment.siret());
                assertThat(siret.siren().value()).isEqualTo(enterprise.siren());
                assertThat(seen.add(siret.value())).as("unique %s", siret).isTrue();
            }
        }
        assertThat(seen).hasSizeGreaterThan(enterprises.size());
    }

    @Test
    void everyRnaIsValidUniqueAndBelongsToAnAssociation() {
        List<DemoEnterprise> withRna = enterprises.stream().filter(e -> e.rna() != null).toList();

        assertThat(withRna).allSatisfy(e -> {
            assertThat(Rna.parse(e.rna()).value()).isEqualTo(e.rna());
            assertThat(family(e)).isEqualTo(LegalFamily.ASSOCIATION);
        });
        assertThat(withRna.stream().map(DemoEnterprise::rna).distinct().count()).isEqualTo(withRna.size());
    }

    @Test
    void associationsMostlyHaveAnRnaSomeOnlyASiretAndAFewNoSiretAtAll() {
        List<DemoEnterprise> associations = enterprises.stream()
                .filter(e -> family(e) == LegalFamily.ASSOCIATION).toList();
        long withRna = associations.stream().filter(e -> e.rna() != null).count();
        long siretOnly = associations.stream().filter(e -> e.rna() == null).count();
        long rnaOnly = associations.stream().filter(e -> e.siren() == null).count();

        assertThat(withRna).isGreaterThan(associations.size() * 3L / 4);
        assertThat(siretOnly).isPositive();
        assertThat(rnaOnly).isPositive().isLessThan(associations.size() / 10L);
        assertThat(enterprises).allSatisfy(e -> assertThat(e.siren() != null || e.rna() != null).isTrue());
    }

    @Test
    void anEnterpriseWithASirenHasOneToThreeEstablishmentsOneOfThemTheHeadOffice() {
        assertThat(enterprises).allSatisfy(e -> {
            if (e.siren() == null) {
                assertThat(e.establishments()).singleElement()
                        .satisfies(only -> assertThat(only.headOffice()).isTrue());
            } else {
                assertThat(e.establishments()).hasSizeBetween(1, 3);
                assertThat(e.establishments()).filteredOn(DemoEstablishment::headOffice).hasSize(1);
            }
        });
        assertThat(enterprises).anySatisfy(e -> assertThat(e.establishments()).hasSize(3));
    }

    @Test
    void familiesFollowThePlansSharesWithinOnePoint() {
        List<DemoEnterprise> sample = new DemoEnterprises(99, MARCH_2026).generate(20_000);
        Map<LegalFamily, Long> counts = sample.stream().collect(groupingBy(DemoEnterprisesTest::family, counting()));

        assertThat(percent(counts, LegalFamily.ASSOCIATION, sample)).isCloseTo(82.6, within(1.0));
        assertThat(percent(counts, LegalFamily.COOPERATIVE, sample)).isCloseTo(13.0, within(1.0));
        assertThat(percent(counts, LegalFamily.MUTUAL, sample)).isCloseTo(4.2, within(1.0));
        assertThat(percent(counts, LegalFamily.FOUNDATION, sample)).isCloseTo(0.3, within(1.0));
        assertThat(counts).doesNotContainKey(LegalFamily.COMMERCIAL_COMPANY);
    }

    @Test
    void everyEstablishmentIsInAnOccitanieCommuneWithAMatchingPostcode() {
        assertThat(enterprises.stream().flatMap(e -> e.establishments().stream())).allSatisfy(establishment -> {
            String departement = CommuneCode.parse(establishment.communeCode()).departementCode();
            assertThat(departement).isIn(OCCITANIE);
            assertThat(establishment.postcode()).matches("[0-9]{5}").startsWith(departement);
            assertThat(establishment.city()).isNotBlank();
            assertThat(establishment.street()).matches("[0-9]+( bis)? \\p{L}.+");
        });
    }

    @Test
    void establishmentsAreSpreadOverEveryDepartementHauteGaronneAndHeraultFirst() {
        Map<String, Long> byDepartement = enterprises.stream()
                .flatMap(e -> e.establishments().stream())
                .collect(groupingBy(e -> CommuneCode.parse(e.communeCode()).departementCode(), counting()));
        List<String> largestFirst = byDepartement.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();

        assertThat(byDepartement).containsOnlyKeys(OCCITANIE);
        assertThat(largestFirst.subList(0, 2)).containsExactlyInAnyOrder("31", "34");
        assertThat(largestFirst.get(largestFirst.size() - 1)).isEqualTo("48");
    }

    @Test
    void codesAreValidAndFitTheFamily() {
        assertThat(enterprises).allSatisfy(e -> {
            assertThat(LegalCategory.parse(e.legalCategory()).family().statutoryEss()).isTrue();
            assertThat(NafCode.parse(e.nafCode(), NafVersion.NAF_REV2).code()).isEqualTo(e.nafCode());
            assertThat(HeadcountBracket.ofCode(e.headcountBracket()).code()).isEqualTo(e.headcountBracket());
            assertThat(e.sectors()).hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates();
        });
        assertThat(enterprises).filteredOn(e -> e.legalCategory().equals("6316"))
                .allSatisfy(cuma -> assertThat(cuma.legalName()).startsWith("CUMA "));
        assertThat(enterprises).filteredOn(e -> e.legalCategory().equals("9300"))
                .allSatisfy(foundation -> assertThat(foundation.legalName()).startsWith("Fondation"));
    }

    @Test
    void cumasAndAgriculturalCooperativesHaveTheirHeadOfficeInTheCountryside() {
        Set<String> cities = Set.of("31555", "34172", "30189", "66136", "34032", "82121", "81004");

        assertThat(enterprises).filteredOn(e -> Set.of("6316", "6317").contains(e.legalCategory()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.headOffice().communeCode()).isNotIn(cities));
    }

    @Test
    void creationDatesRunFrom1901ToLastYear() {
        assertThat(enterprises).allSatisfy(e -> assertThat(e.creationDate())
                .isBetween(LocalDate.of(1901, 7, 1), LocalDate.of(2025, 12, 31)));
        assertThat(enterprises).anySatisfy(e -> assertThat(e.creationDate().getYear()).isEqualTo(2025));
        assertThat(enterprises).anySatisfy(e -> assertThat(e.creationDate().getYear()).isLessThan(1950));
    }

    @Test
    void headcountsAreMostlySmall() {
        Set<String> underTen = Set.of("NN", "00", "01", "02", "03");
        long small = enterprises.stream().filter(e -> underTen.contains(e.headcountBracket())).count();

        assertThat(small).isGreaterThan(enterprises.size() * 6L / 10);
        assertThat(enterprises).filteredOn(e -> e.siren() == null)
                .allSatisfy(e -> assertThat(e.headcountBracket()).isEqualTo("NN"));
    }

    @Test
    void namesAreFilledInAndMostlyDistinct() {
        assertThat(enterprises).allSatisfy(e -> assertThat(e.legalName()).isNotBlank().doesNotContain("{", "}"));
        assertThat(enterprises.stream().map(DemoEnterprise::legalName).distinct().count())
                .isGreaterThan(enterprises.size() * 65L / 100);
    }

    @Test
    void familiesAreAllottedExactlyByLargestRemainder() {
        Map<LegalFamily, Long> counts = DemoEnterprises.families(1_000, new Random(1)).stream()
                .collect(groupingBy(Function.identity(), counting()));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                LegalFamily.ASSOCIATION, 825L, LegalFamily.COOPERATIVE, 130L,
                LegalFamily.MUTUAL, 42L, LegalFamily.FOUNDATION, 3L));
    }

    private static LegalFamily family(DemoEnterprise enterprise) {
        return LegalCategory.parse(enterprise.legalCategory()).family();
    }

    private static double percent(Map<LegalFamily, Long> counts, LegalFamily family, List<DemoEnterprise> sample) {
        return 100.0 * counts.getOrDefault(family, 0L) / sample.size();
    }
}
