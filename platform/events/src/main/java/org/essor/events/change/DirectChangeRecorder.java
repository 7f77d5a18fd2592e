package org.essor.events.change;

import java.time.Instant;

import org.essor.kernel.Actor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A {@link ChangeRecorder} that can also write its history row through the reactive SQL client, for aggregates whose
 * creation takes the direct write path ({@link UnitOfWork#createDirect}).
 */
public interface DirectChangeRecorder<A, C> extends ChangeRecorder<A, C> {

    /** Writes the history row of the change through {@code connection}, in the caller's transaction. */
    Uni<Void> history(SqlConnection connection, A aggregate, C change, Actor actor, Instant at);
}
