package org.essor.programmes.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands, after the French administration's dossier states: draft → submitted → under review
 * → admitted | waitlisted | rejected; corrections may be asked and the applicant resubmits; the applicant may
 * withdraw until the end.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    CORRECTIONS_REQUESTED,
    ADMITTED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN;

    /** States in which the applicant may still withdraw (an admitted applicant declining frees a seat). */
    static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, CORRECTIONS_REQUESTED,
            WAITLISTED, ADMITTED);

    /** States an application does not leave. */
    public static final Set<ApplicationStatus> FINAL = EnumSet.of(REJECTED, WITHDRAWN);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
