package org.essor.events.inbox;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import io.vertx.pgclient.PgException;

/**
 * Tells a transient failure (the database or the network away for a while) from one that will happen again on every
 * try. Transient failures are retried for as long as they last; the others dead-letter the event.
 */
public final class Failures {

    // Connection exceptions (08), serialization failure, deadlock, insufficient resources, lock not available,
    // and the server shutting down or starting up.
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (transientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientItself(Throwable failure) {
        if (failure instanceof PgException pg) {
            return transientState(pg.getSqlState());
        }
        if (failure instanceof SQLException sql) {
            return failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                    || transientState(sql.getSQLState());
        }
        if (failure instanceof IOException) { // connection refused or reset, closed sockets
            return true;
        }
        String type = failure.getClass().getName();
        // The reactive client's closed connections and pool time-outs, and the persistence layer's lock time-outs.
        return type.equals("io.vertx.sqlclient.ClosedConnectionException")
                || type.endsWith("TimeoutException")
                || type.equals("jakarta.persistence.PessimisticLockException")
                || (failure instanceof io.vertx.core.VertxException && String.valueOf(failure.getMessage()).contains("closed"));
    }

    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state));
    }
}
