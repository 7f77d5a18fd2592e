package org.essor.events.outbox;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Which topics exist, asked of the cluster before the relay sends to a topic for the first time. The relay never
 * sends to a topic that is not there: a producer would have the broker create it with the broker's defaults
 * (limited retention, default partitions), where Essor's topics keep their whole history.
 */
final class TopicCatalog implements AutoCloseable {

    /** What the cluster says of a topic. */
    enum Answer { EXISTS, MISSING, NO_ANSWER }

    private final Admin admin;
    private final Duration timeout;
    private final Predicate<String> beingCreated;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** {@code beingCreated} tells the topics the service is still creating: missing for now, not for good. */
    TopicCatalog(Admin admin, Duration timeout, Predicate<String> beingCreated) {
        this.admin = admin;
        this.timeout = timeout;
        this.beingCreated = beingCreated;
    }

    Answer lookUp(String topic) {
        if (known.contains(topic)) {
            return Answer.EXISTS;
        }
        try {
            admin.describeTopics(Set.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            known.add(topic);
            return Answer.EXISTS;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return beingCreated.test(topic) ? Answer.NO_ANSWER : Answer.MISSING;
            }
            return Answer.NO_ANSWER;
        } catch (TimeoutException e) {
            return Answer.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.NO_ANSWER;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
