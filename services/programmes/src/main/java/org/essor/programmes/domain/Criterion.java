package org.essor.programmes.domain;

import jakarta.persistence.Embeddable;

/** A selection criterion of a call, with its weight in the committee's ranking. */
@Embeddable
public record Criterion(String code, String label, int weight) {
}
