package org.essor.evaluation.app;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Answers computed in the last moments, kept for a short while: figures that cost a few queries each (open data,
 * public charts, the dashboard) and that many readers ask for again and again. Readers who ask while an answer is being
 * computed share that computation. A failure is not kept. Bounded: past {@code capacity} keys it starts afresh.
 */
final class RecentAnswers<K, V> {

    private record Answer<V>(Uni<V> value, long startedAt) {
    }

    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();
    private final long lifetimeNanos;
    private final int capacity;

    RecentAnswers(Duration lifetime, int capacity) {
        this.lifetimeNanos = lifetime.toNanos();
        this.capacity = capacity;
    }

    Uni<V> get(K key, Supplier<Uni<V>> compute) {
        long now = System.nanoTime();
        if (lifetimeNanos <= 0) {
            return compute.get();
        }
        Answer<V> recent = answers.get(key);
        if (recent != null && now - recent.startedAt() < lifetimeNanos) {
            return recent.value();
        }
        if (answers.size() >= capacity) {
            answers.clear();
        }
        AtomicReference<Answer<V>> fresh = new AtomicReference<>();
        fresh.set(new Answer<>(Uni.createFrom().<V>deferred(() -> compute.get())
                .onFailure().invoke(() -> answers.remove(key, fresh.get()))
                .memoize().indefinitely(), now));
        Answer<V> kept = answers.merge(key, fresh.get(),
                (current, candidate) -> now - current.startedAt() < lifetimeNanos ? current : candidate);
        return kept.value();
    }

    /** Forgets every answer (what they were computed from has changed). */
    void clear() {
        answers.clear();
    }
}
