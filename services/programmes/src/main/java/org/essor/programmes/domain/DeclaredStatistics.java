package org.essor.programmes.domain;

import java.util.UUID;

/**
 * The applicants' optional declarations counted over a call: over the applications submitted to it, and over those
 * admitted. The only form in which the declarations leave the service.
 */
public record DeclaredStatistics(UUID callId, Counts submitted, Counts admitted) {

    /**
     * Counts over a set of applications: how many, how many declared their number of women founders, the women
     * founders they declared, how many have at least one, how many declared an action for people with disabilities.
     */
    public record Counts(long applications, long womenFoundersDeclaredBy, long womenFounders, long withWomenFounders,
                         long disabilityActions) {
    }
}
