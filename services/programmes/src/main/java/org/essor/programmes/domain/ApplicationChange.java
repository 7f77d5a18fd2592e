package org.essor.programmes.domain;

/**
 * What a transition did to an application: its status after, whether the status moved (only a moved status is
 * published), and a note for the history (never published).
 */
public record ApplicationChange(ApplicationStatus status, String note, boolean statusMoved) {

    /** The status moved to {@code status}. */
    public static ApplicationChange moved(ApplicationStatus status, String note) {
        return new ApplicationChange(status, note, true);
    }

    /** Something else changed; the status stays {@code status}. */
    public static ApplicationChange noted(ApplicationStatus status, String note) {
        return new ApplicationChange(status, note, false);
    }
}
