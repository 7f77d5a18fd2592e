package org.essor.evaluation.app;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Answers computed in the last moments, kept for a short while: the public figures (open data, public charts) cost a
 * few queries and a secrecy computation each, and anyone may ask for them, again and again, without a token. A failure
 * is not kept. Bounded: past {@code capacity} keys it starts afresh.
 */
final class RecentAnswers<K, V> {

    private record Answer<V>(V value, long computedAt) {
    }

    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();
    private final long lifetimeNanos;
    private final int capacity;

    RecentAnswers(Duration lifetime, int capacity) {
        this.lifetimeNanos = lifetime.toNanos();
        this.capacity = capacity;
    }

    Uni<V> get(K key, Supplier<Uni<V>> compute) {
        Answer<V> recent = answers.get(key);
        if (recent != null && System.nanoTime() - recent.computedAt() < lifetimeNanos) {
            return Uni.createFrom().item(recent.value());
        }
        return compute.get().invoke(value -> {
            if (answers.size() >= capacity) {
                answers.clear();
            }
            answers.put(key, new Answer<>(value, System.nanoTime()));
        });
    }
}
