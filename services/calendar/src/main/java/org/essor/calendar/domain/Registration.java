package org.essor.calendar.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;

/**
 * A person's registration to an event: their name and e-mail (personal data, erasable), optionally their
 * organisation; confirmed while seats remain, else waitlisted in order (the waiting list is ordered by
 * {@code queuedAt}, then id); cancelled by the person or with the event; checked in when they come.
 */
@Entity
@Table(name = "registration")
public class Registration implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "event_id")
    UUID eventId;

    @Column(name = "person_name")
    String personName;

    String email;

    String organisation;

    @Enumerated(EnumType.STRING)
    RegistrationStatus status;

    @Column(name = "queued_at")
    Instant queuedAt;

    @Column(name = "secret_hash")
    String secretHash;

    @Column(name = "partner_client")
    String partnerClient;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "attended_at")
    Instant attendedAt;

    @Column(name = "erased_at")
    Instant erasedAt;

    protected Registration() {
    }

    public static Registration of(UUID eventId, String personName, String email, String organisation, boolean confirmed,
                                  String secretHash, String partnerClient, Instant now) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.eventId = eventId;
        registration.personName = personName.strip();
        registration.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        registration.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        registration.status = confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        registration.queuedAt = now;
        registration.secretHash = secretHash;
        registration.partnerClient = partnerClient;
        registration.createdAt = now;
        registration.updatedAt = now;
        return registration;
    }

    /** Cancelled by the person, an officer or with the event; answers whether it held a confirmed seat. */
    public boolean cancel(Instant now) {
        if (status == RegistrationStatus.CANCELLED || status == RegistrationStatus.ATTENDED) {
            throw new StateConflictException("This registration is " + status.name().toLowerCase() + " already");
        }
        boolean heldSeat = status == RegistrationStatus.CONFIRMED;
        status = RegistrationStatus.CANCELLED;
        updatedAt = now;
        return heldSeat;
    }

    /** The first of the waiting list takes a freed seat. */
    public void promote(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        updatedAt = now;
    }

    public void checkIn(Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new StateConflictException("Only a confirmed registration is checked in; this one is "
                    + status.name().toLowerCase());
        }
        status = RegistrationStatus.ATTENDED;
        attendedAt = now;
        updatedAt = now;
    }

    /** The person's data erased (on their request): the registration stays counted, without who it was. */
    public void erase(Instant now) {
        personName = "erased";
        email = "erased-" + id + "@invalid";
        organisation = null;
        secretHash = null;
        erasedAt = now;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public UUID eventId() {
        return eventId;
    }

    public String personName() {
        return personName;
    }

    public String email() {
        return email;
    }

    public String organisation() {
        return organisation;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public String partnerClient() {
        return partnerClient;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant attendedAt() {
        return attendedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
