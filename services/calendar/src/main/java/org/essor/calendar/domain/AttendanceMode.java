package org.essor.calendar.domain;

/** How people attend: at the venue, online (a link), or both. */
public enum AttendanceMode {
    IN_PERSON, ONLINE, MIXED;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean hasLink() {
        return this != IN_PERSON;
    }
}
