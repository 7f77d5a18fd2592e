package org.essor.calendar.domain;

/** A person's seat: confirmed, on the waiting list (in order), cancelled; attended once checked in. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED, ATTENDED
}
