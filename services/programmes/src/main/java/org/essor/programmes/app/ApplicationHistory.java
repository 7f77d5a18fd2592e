package org.essor.programmes.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.events.history.StatusHistory;
import org.essor.kernel.Actor;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationChange;

import io.smallrye.mutiny.Uni;

/** The timestamped history of every status change of every application, and who made it. */
@ApplicationScoped
public class ApplicationHistory {

    private static final StatusHistory HISTORY = new StatusHistory("application_history", "application_id");

    Uni<Void> record(Application application, ApplicationChange change, Actor actor, Instant at) {
        return HISTORY.record(application.id(), application.version(), change.status().name(), actor, at, change.note());
    }

    public Uni<List<StatusHistory.Line>> of(UUID applicationId) {
        return HISTORY.of(applicationId);
    }
}
