package org.essor.evaluation.app;

import java.util.List;

/** The seven streams the indicators are computed from. */
public final class Streams {

    public static final List<String> TOPICS = List.of("registry.enterprise.v1", "programmes.application.v1",
            "programmes.participation.v1", "financing.application.v1", "financing.payment.v1", "calendar.event.v1",
            "calendar.registration.v1");

    private Streams() {
    }
}
