package org.essor.events.topics;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The topics a service publishes to (its events and its consumers' dead letters), created when missing. */
@ConfigMapping(prefix = "essor.topics")
public interface TopicsConfig {

    /**
     * Whether the service creates its missing topics at start, with unlimited retention. True for local runs and
     * tests; false where something else owns the topics (Strimzi KafkaTopic resources on Kubernetes).
     */
    @WithDefault("true")
    boolean createAtStart();

    /** The topics to create: the service's event topics and its consumers' dead-letter topics. */
    Optional<List<String>> names();

    /** Partitions of a created topic. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of a created topic (1 on a single broker). */
    @WithDefault("1")
    short replicationFactor();
}
