package org.essor.events.change;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** How a new aggregate is checked and written through the reactive SQL client ({@link UnitOfWork#createDirect}). */
public interface DirectStore<A> {

    /** What must hold before the aggregate is stored (a uniqueness check); fails the creation otherwise. */
    Uni<Void> check(SqlConnection connection, A aggregate);

    /**
     * Writes the aggregate's rows. Every statement must be sent when the returned Uni is subscribed to, in the order
     * the rows depend on each other, without waiting for earlier answers: the creation pipelines them with its records.
     */
    Uni<Void> insert(SqlConnection connection, A aggregate);
}
