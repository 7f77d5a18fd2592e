package org.essor.financing.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a financing application (dossier) stands, as in the French administration's dossiers: a draft, submitted,
 * in review by an instructor (who may ask for corrections, then it is resubmitted), before the committee, approved
 * or rejected, or closed without follow-up; an approved one is contracted, then disbursed in tranches.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CORRECTIONS_REQUESTED, COMMITTEE, APPROVED, REJECTED, CLOSED, CONTRACTED, DISBURSED;

    /** Before a decision: the applicant may still give up, an officer may still close it without follow-up. */
    public static final Set<ApplicationStatus> UNDECIDED = EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, CORRECTIONS_REQUESTED,
            COMMITTEE);

    /** Open files: flagged when the enterprise is struck off the register. */
    public static final Set<ApplicationStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, CORRECTIONS_REQUESTED,
            COMMITTEE, APPROVED, CONTRACTED);
}
