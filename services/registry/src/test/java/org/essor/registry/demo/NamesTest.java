package org.essor.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Toulouse|de Toulouse",
            "Albi|d'Albi",
            "Uzès|d'Uzès",
            "Alès|d'Alès",
            "L'Isle-Jourdain|de L'Isle-Jourdain",
            "Le Vigan|du Vigan",
            "Les Angles|des Angles",
            "Onet-le-Château|d'Onet-le-Château"})
    void putsTheRightPrepositionBeforeACommune(String commune, String expected) {
        assertThat(Names.ofCommune(commune)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Association Les Jardins {de}|du Lauragais|Association Les Jardins du Lauragais",
            "SCOP Menuiserie {de}|de l'Aveyron|SCOP Menuiserie de l'Aveyron",
            "Mutuelle Solidaire {de}|du Gard|Mutuelle Solidaire du Gard"})
    void fillsThePlaceIntoThePattern(String pattern, String place, String expected) {
        assertThat(Names.of(pattern, place)).isEqualTo(expected);
    }
}
