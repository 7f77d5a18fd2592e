package org.essor.registry.domain;

/**
 * A field an enterprise of the ESS works in, after the themes of the regional ESS plan 2018-2021 (section A.3, "L'ESS à
 * 360°"), and the social and medico-social sector its training actions name (D.1.5).
 */
public enum Sector {
    CIRCULAR_ECONOMY("Économie circulaire"),
    ENERGY_TRANSITION("Transition énergétique"),
    SOCIAL_TOURISM("Tourisme social et solidaire"),
    CULTURE("Culture et patrimoine"),
    HEALTH("Santé"),
    SPORT("Sport pour tous"),
    AGRICULTURE("Agriculture"),
    SERVICES_TO_PERSONS("Services à la personne"),
    INTEGRATION_THROUGH_WORK("Insertion par l'activité économique"),
    DISABILITY("Handicap"),
    HOUSING("Logement"),
    SUSTAINABLE_TERRITORIES("Aménagement durable et équitable des territoires"),
    GENDER_EQUALITY("Égalité réelle entre les femmes et les hommes"),
    TRAINING_AND_APPRENTICESHIP("Formation et apprentissage"),
    LOCAL_ECONOMIC_CHAINS("Filières économiques de proximité"),
    SOCIAL_AND_MEDICO_SOCIAL("Social et médico-social");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    /** The French label shown to people. */
    public String label() {
        return label;
    }
}
