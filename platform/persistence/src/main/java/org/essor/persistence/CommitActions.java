package org.essor.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The actions waiting for the commit of the outermost transaction open in a Vert.x (duplicated) context: nested
 * transactions join the outermost one, so only its end decides whether they run.
 */
final class CommitActions {

    private static final Logger LOG = Logger.getLogger(CommitActions.class);
    private static final String KEY = CommitActions.class.getName();

    private final Set<Runnable> actions = new LinkedHashSet<>();
    private int depth;

    private CommitActions() {
    }

    /** A transaction opens in this context: the outermost one's scope, or null outside a duplicated context. */
    static CommitActions enter() {
        if (!onDuplicatedContext()) {
            return null;
        }
        CommitActions scope = ContextLocals.<CommitActions>get(KEY).orElse(null);
        if (scope == null) {
            scope = new CommitActions();
            ContextLocals.put(KEY, scope);
        }
        scope.depth++;
        return scope;
    }

    /** A transaction of the scope ended; when it was the outermost one, its actions run if it committed. */
    static void leave(CommitActions scope, boolean committed) {
        if (scope == null || --scope.depth > 0) {
            return;
        }
        if (onDuplicatedContext() && ContextLocals.<CommitActions>get(KEY).orElse(null) == scope) {
            ContextLocals.remove(KEY);
        }
        List<Runnable> due = List.copyOf(scope.actions);
        scope.actions.clear();
        if (!committed) {
            return;
        }
        for (Runnable action : due) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "An action after a commit failed: %s", e.toString());
            }
        }
    }

    static boolean register(Runnable action) {
        if (!onDuplicatedContext()) {
            return false;
        }
        CommitActions scope = ContextLocals.<CommitActions>get(KEY).orElse(null);
        if (scope == null || scope.depth == 0) {
            return false;
        }
        scope.actions.add(action);
        return true;
    }

    private static boolean onDuplicatedContext() {
        Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context);
    }
}
