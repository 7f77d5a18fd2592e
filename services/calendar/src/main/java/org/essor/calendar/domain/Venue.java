package org.essor.calendar.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an event takes place: name, address, INSEE commune code, département, optional coordinates. */
@Embeddable
public record Venue(@Column(name = "venue_name") String name, @Column(name = "venue_address") String address,
                    @Column(name = "commune_code") String communeCode, String departement, BigDecimal latitude,
                    BigDecimal longitude) {
}
