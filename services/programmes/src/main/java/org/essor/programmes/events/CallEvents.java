package org.essor.programmes.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.essor.events.envelope.EventType;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.DeclaredStatistics;
import org.essor.programmes.domain.DeclaredStatistics.Counts;

/**
 * The events of topic {@code programmes.call.v1}: a call's committee decided. It carries counts only, among them the
 * applicants' optional declarations, which no event publishes one by one.
 */
public final class CallEvents {

    public static final String TOPIC = "programmes.call.v1";

    public static final EventType DECIDED = EventType.of("programmes", "call", "decided", 1);

    private CallEvents() {
    }

    public record CallDecided(UUID callId, String programme, Set<String> departements, int seats, long admitted,
                              Counts submittedDeclared, Counts admittedDeclared) {
    }

    public static OutgoingEvent decided(Call call, DeclaredStatistics statistics, Instant now) {
        CallDecided payload = new CallDecided(call.id(), call.programmeCode(), new TreeSet<>(call.departements()), call.seats(),
                statistics.admitted().applications(), statistics.submitted(), statistics.admitted());
        return new OutgoingEvent(DECIDED, call.id().toString(), call.version(), now, payload);
    }

    public static List<OutgoingEvent> of(Call call, DeclaredStatistics statistics, Instant now) {
        return List.of(decided(call, statistics, now));
    }
}
