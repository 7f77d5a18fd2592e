package org.essor.registry.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Choices with relative weights, drawn with the generator's seeded random. */
final class Weighted<T> {

    private final List<T> choices;
    private final double[] cumulative;

    private Weighted(List<T> choices, List<Double> weights) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from");
        }
        this.choices = List.copyOf(choices);
        this.cumulative = new double[weights.size()];
        double total = 0;
        for (int i = 0; i < weights.size(); i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return choices.get(i);
            }
        }
        return choices.get(choices.size() - 1);
    }

    List<T> choices() {
        return choices;
    }

    /** Collects choices in order, so the same seed always draws the same ones. */
    static final class Builder<T> {
        private final List<T> choices = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T choice, double weight) {
            choices.add(choice);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            return new Weighted<>(choices, weights);
        }
    }
}
