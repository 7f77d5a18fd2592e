package org.essor.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essor.testing.identifiers.TestIdentifiers;

/** Enterprise details for domain tests: a valid Toulouse association unless changed. */
final class EnterpriseFixture {

    static final Territory OCCITANIE = new Territory(Map.ofEntries(Map.entry("09", "Ariège"), Map.entry("11", "Aude"),
            Map.entry("12", "Aveyron"), Map.entry("30", "Gard"), Map.entry("31", "Haute-Garonne"), Map.entry("32", "Gers"),
            Map.entry("34", "Hérault"), Map.entry("46", "Lot"), Map.entry("48", "Lozère"), Map.entry("65", "Hautes-Pyrénées"),
            Map.entry("66", "Pyrénées-Orientales"), Map.entry("81", "Tarn"), Map.entry("82", "Tarn-et-Garonne")));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private EnterpriseFixture() {
    }

    static EnterpriseDetails association() {
        Siren siren = Siren.parse(TestIdentifiers.siren());
        return details(siren, Rna.parse(TestIdentifiers.rna()), "9220", null,
                List.of(establishment(siren, 1, true, "31555")));
    }

    static EnterpriseDetails company(String category, EssBasis basis) {
        Siren siren = Siren.parse(TestIdentifiers.siren());
        return details(siren, null, category, basis, List.of(establishment(siren, 1, true, "34172")));
    }

    static EnterpriseDetails details(Siren siren, Rna rna, String category, EssBasis basis,
                                     List<EstablishmentDetails> establishments) {
        return new EnterpriseDetails(siren, rna, "Les Jardins du Lauragais", null, LocalDate.of(2015, 3, 2),
                LegalCategory.parse(category), null, basis, NafCode.parse("88.99B", NafVersion.NAF_REV2),
                HeadcountBracket.ofCode("02"), new BigDecimal("3.50"), Set.of(Sector.CIRCULAR_ECONOMY), establishments,
                new Representative("Camille Martin", "camille@example.org", null));
    }

    static EstablishmentDetails establishment(Siren siren, int nic, boolean headOffice, String commune) {
        return new EstablishmentDetails(siren == null ? null : Siret.parse(TestIdentifiers.siret(siren.value(), nic)),
                headOffice, "1 place du Capitole", "31000", "Toulouse", CommuneCode.parse(commune));
    }
}
