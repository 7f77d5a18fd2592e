package org.essor.testing.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs requests on as many threads as there are racers, all released at once by a barrier. */
public final class Racers {

    private Racers() {
    }

    /** Each racer's answer (an HTTP status), in the order of the racers. */
    public static List<Integer> race(List<Supplier<Integer>> racers) {
        CyclicBarrier start = new CyclicBarrier(racers.size());
        ExecutorService threads = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Supplier<Integer> racer : racers) {
                answers.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return racer.get();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException("A racer did not finish", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
