package org.essor.programmes.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The move of a participant to the next link of the support chain (ante-creation, post-creation, development): another
 * programme of the catalogue, or a financing instrument of the plan's map, by its code.
 */
@Embeddable
public record Referral(@Enumerated(EnumType.STRING) @Column(name = "target_kind") Target kind,
                       @Column(name = "target_code") String code, @Column(name = "referred_on") LocalDate referredOn,
                       String note) {

    public enum Target {
        PROGRAMME,
        FINANCING_INSTRUMENT
    }
}
