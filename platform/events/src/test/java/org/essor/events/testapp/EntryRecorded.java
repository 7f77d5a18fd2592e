package org.essor.events.testapp;

import org.essor.events.envelope.EventType;

/** The payload of {@code essor.ledger.entry.recorded.v1}. */
public record EntryRecorded(String account, long sequence, String note, boolean poison) {

    public static final EventType TYPE = EventType.of("ledger", "entry", "recorded", 1);
    public static final String TOPIC = TYPE.topic();
}
