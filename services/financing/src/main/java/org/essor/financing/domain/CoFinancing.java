package org.essor.financing.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** Another funder of the project and its amount, secured or still asked (the « tour de table »). */
@Embeddable
public record CoFinancing(String funder, BigDecimal amount, boolean secured) {
}
