package org.essor.programmes.api;

import org.essor.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Who reads an application or a cohort: each sees only what its work needs. */
enum Audience {

    /** Programme officers and admins: everything, reviews, notes and who made each change included. */
    OFFICER,

    /** Evaluators: statistics-ready facts (statuses, dates, codes, scores); never officers' free text nor their names. */
    EVALUATOR,

    /**
     * The applicant (a partner, an enterprise representative, a person with the secret link): status, score and the
     * motivation of a decision; never reviews, officers' notes nor officers' names.
     */
    APPLICANT;

    static Audience of(SecurityIdentity identity) {
        if (identity.hasRole(Roles.PROGRAMME_OFFICER) || identity.hasRole(Roles.ADMIN)) {
            return OFFICER;
        }
        return identity.hasRole(Roles.EVALUATOR) ? EVALUATOR : APPLICANT;
    }
}
