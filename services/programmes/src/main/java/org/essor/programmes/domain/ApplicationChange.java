package org.essor.programmes.domain;

/** What a transition did to an application: its new status, and a note for the history (never published). */
public record ApplicationChange(ApplicationStatus status, String note) {
}
