package org.essor.financing.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.events.history.StatusHistory;
import org.essor.financing.domain.ApplicationChange;
import org.essor.financing.domain.FinancingApplication;
import org.essor.kernel.Actor;

import io.smallrye.mutiny.Uni;

/** Every change of every financing application: its version, status after, when, who and why. */
@ApplicationScoped
public class ApplicationHistory {

    private static final StatusHistory HISTORY = new StatusHistory("application_history", "application_id");

    Uni<Void> record(FinancingApplication application, ApplicationChange change, Actor actor, Instant at) {
        return HISTORY.record(application.id(), application.version(), change.status().name(), actor, at, change.note());
    }

    public Uni<List<StatusHistory.Line>> of(UUID applicationId) {
        return HISTORY.of(applicationId);
    }
}
