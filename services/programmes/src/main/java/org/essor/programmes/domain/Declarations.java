package org.essor.programmes.domain;

/**
 * What an applicant may declare, optionally, for the plan's statistics: the number of women among the founders
 * (women's business creation, D.1.1) and whether the project is an action for people with disabilities (C.1). Kept on
 * the application only to be counted: no view shows them and no event publishes them one by one.
 */
public record Declarations(Integer womenFounders, Boolean disabilityAction) {

    public static final Declarations NONE = new Declarations(null, null);
}
