package org.essor.calendar.domain;

/** The disabilities an event is accessible to (the five families agendas such as OpenAgenda use). */
public enum Accessibility {
    HEARING, INTELLECTUAL, VISUAL, PSYCHOLOGICAL, MOTOR
}
