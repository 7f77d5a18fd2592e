package org.essor.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person who represents an enterprise: personal data, kept in the registry only and erasable on request. */
@Embeddable
public record Representative(
        @Column(name = "representative_name") String name,
        @Column(name = "representative_email") String email,
        @Column(name = "representative_phone") String phone) {

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
