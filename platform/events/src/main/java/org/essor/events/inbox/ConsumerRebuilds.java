package org.essor.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.essor.persistence.Transactions;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;

/**
 * Rebuilds a consumer's projection from offset zero, in one operation: in one transaction its projection is emptied
 * and it moves to a new generation with no positions and no processed events; then every replica's consumer of the
 * group rejoins and starts again from the beginning of its topics. The current consumer group is kept.
 */
@ApplicationScoped
public class ConsumerRebuilds {

    private static final Logger LOG = Logger.getLogger(ConsumerRebuilds.class);

    @Inject
    InboxStore store;

    @Inject
    @Identifier(ConsumerPositions.NAME)
    ConsumerPositions positions;

    @Inject
    Instance<EventConsumer> consumers;

    public Uni<Void> rebuild(String consumer) {
        EventConsumer target = Inbox.find(consumers.stream().toList(), consumer);
        return Transactions.inTransaction(() -> store.restartFromZero(consumer).chain(target::clear))
                .invoke(() -> {
                    LOG.infof("%s: rebuilding from offset zero", consumer);
                    positions.reseek(consumer);
                });
    }
}
