package org.essor.testing.quarkus;

import org.essor.testing.servers.KafkaBroker;

/** The one Kafka broker of a test JVM, started on first use and stopped when the JVM exits. */
public final class SharedKafkaBroker {

    private static KafkaBroker broker;

    private SharedKafkaBroker() {
    }

    public static synchronized KafkaBroker get() {
        if (broker == null) {
            broker = KafkaBroker.startTemporary();
        }
        return broker;
    }
}
