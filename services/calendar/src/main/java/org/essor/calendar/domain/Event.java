package org.essor.calendar.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;
import org.essor.kernel.Violation;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * An ESS event: what, when (one or more timings), where (a venue, a link or both), for whom, and its registrations'
 * counts. Partners and enterprises submit their events; events officers publish them, ask for changes or refuse them;
 * a published event may be postponed or cancelled. Each transition checks what the status allows (409 otherwise).
 */
@Entity
@Table(name = "event")
public class Event implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    String title;
    String description;
    String category;
    String axis;
    String campaign;

    @Column(name = "organiser_enterprise_id")
    UUID organiserEnterpriseId;

    @Column(name = "organiser_name")
    String organiserName;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "event_timing", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    List<Timing> timings = new ArrayList<>();

    @Column(name = "first_begin")
    Instant firstBegin;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_mode")
    AttendanceMode attendanceMode;

    @Column(name = "online_link")
    String onlineLink;

    @Embedded
    @AttributeOverride(name = "departement", column = @Column(name = "departement"))
    Venue venue;

    String accessibility;
    String audience;

    @Column(name = "free_entry")
    boolean free;

    BigDecimal price;
    Integer capacity;

    @Column(name = "registration_required")
    boolean registrationRequired;

    @Column(name = "registration_deadline")
    Instant registrationDeadline;

    String keywords;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "event_external_id", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    List<ExternalId> externalIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    EventStatus status;

    @Column(name = "moderation_note")
    String moderationNote;

    @Column(name = "partner_client")
    String partnerClient;

    @Column(name = "owner_siren")
    String ownerSiren;

    @Column(name = "confirmed_count")
    int confirmedCount;

    @Column(name = "waitlisted_count")
    int waitlistedCount;

    @Column(name = "attended_count")
    int attendedCount;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    protected Event() {
    }

    /**
     * A draft of an organiser: a partner's system ({@code partnerClient}), an enterprise's representative
     * ({@code ownerSiren}), or an events officer (both null).
     */
    public static Event draft(EventDetails details, String partnerClient, String ownerSiren, String by, Instant now) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = EventStatus.DRAFT;
        event.partnerClient = partnerClient;
        event.ownerSiren = ownerSiren;
        event.createdAt = now;
        event.createdBy = by;
        event.describe(details, now);
        return event;
    }

    /**
     * The organiser revises a draft or an event whose changes were asked; an events officer may also correct a
     * published event (an {@code updated} event then; the capacity cannot drop below the confirmed registrations).
     */
    public EventChange revise(EventDetails details, boolean byOfficer, Instant now) {
        Set<EventStatus> editable = byOfficer
                ? EnumSet.of(EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.CHANGES_REQUESTED, EventStatus.PUBLISHED,
                        EventStatus.POSTPONED)
                : EnumSet.of(EventStatus.DRAFT, EventStatus.CHANGES_REQUESTED, EventStatus.PUBLISHED, EventStatus.POSTPONED);
        require("revised", editable, "a refused or cancelled event cannot be changed");
        if (details.capacity() != null && details.capacity() < confirmedCount) {
            throw new RuleViolationException(new Violation("capacity", confirmedCount
                    + " people are confirmed already: the capacity cannot be lower"));
        }
        describe(details, now);
        return status.isPublic() ? EventChange.publicly(status, "updated", "revised")
                : EventChange.moderated(status, "revised");
    }

    private void describe(EventDetails details, Instant now) {
        title = details.title();
        description = details.description();
        category = details.category();
        axis = details.axis();
        campaign = details.campaign();
        organiserEnterpriseId = details.organiserEnterpriseId();
        organiserName = details.organiserName();
        timings.clear();
        timings.addAll(details.timings().stream().sorted(java.util.Comparator.comparing(Timing::startsAt)).toList());
        firstBegin = details.firstBegin();
        attendanceMode = details.attendanceMode();
        onlineLink = details.onlineLink();
        venue = details.venue();
        accessibility = details.accessibility().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        audience = details.audience();
        free = details.free();
        price = details.price();
        capacity = details.capacity();
        registrationRequired = details.registrationRequired();
        registrationDeadline = details.registrationDeadline();
        keywords = String.join(",", new TreeSet<>(details.keywords()));
        externalIds.clear();
        externalIds.addAll(details.externalIds());
        updatedAt = now;
    }

    public EventChange submit(Instant now) {
        require("submitted", EnumSet.of(EventStatus.DRAFT, EventStatus.CHANGES_REQUESTED),
                "only a draft, or an event whose changes were asked, is submitted");
        status = EventStatus.SUBMITTED;
        updatedAt = now;
        return EventChange.moderated(status, null);
    }

    public EventChange publish(Instant now) {
        require("published", EnumSet.of(EventStatus.SUBMITTED, EventStatus.POSTPONED),
                "only a submitted event, or a postponed one with its new dates, is published");
        boolean again = status == EventStatus.POSTPONED;
        status = EventStatus.PUBLISHED;
        moderationNote = null;
        publishedAt = publishedAt == null ? now : publishedAt;
        updatedAt = now;
        return again ? EventChange.publicly(status, "updated", "published again with its new dates")
                : EventChange.publicly(status, "published", null);
    }

    public EventChange requestChanges(String reason, Instant now) {
        require("sent back", EnumSet.of(EventStatus.SUBMITTED), "only a submitted event is sent back for changes");
        moderationNote = requireText("reason", reason);
        status = EventStatus.CHANGES_REQUESTED;
        updatedAt = now;
        return EventChange.moderated(status, moderationNote);
    }

    public EventChange refuse(String reason, Instant now) {
        require("refused", EnumSet.of(EventStatus.SUBMITTED), "only a submitted event is refused");
        moderationNote = requireText("reason", reason);
        status = EventStatus.REFUSED;
        updatedAt = now;
        return EventChange.moderated(status, moderationNote);
    }

    /** Postponed: its dates no longer hold (registrations stay; new dates come with a revision, then publication). */
    public EventChange postpone(String reason, Instant now) {
        require("postponed", EnumSet.of(EventStatus.PUBLISHED), "only a published event is postponed");
        moderationNote = requireText("reason", reason);
        status = EventStatus.POSTPONED;
        updatedAt = now;
        return EventChange.publicly(status, "postponed", moderationNote);
    }

    /** Cancelled: the caller cancels the registrations, whose people are told. */
    public EventChange cancel(String reason, Instant now) {
        require("cancelled", EnumSet.of(EventStatus.PUBLISHED, EventStatus.POSTPONED),
                "only a published or postponed event is cancelled");
        moderationNote = requireText("reason", reason);
        status = EventStatus.CANCELLED;
        updatedAt = now;
        return EventChange.publicly(status, "cancelled", moderationNote);
    }

    /** Whether someone may register now, and if not, why (null: they may). */
    public String registrationClosedReason(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            return "the event is " + status.name().toLowerCase().replace('_', ' ') + ": it takes no registration";
        }
        if (!registrationRequired) {
            return "the event takes no registration: come freely";
        }
        if (registrationDeadline != null && now.isAfter(registrationDeadline)) {
            return "registrations closed on " + registrationDeadline;
        }
        Instant last = timings.stream().map(Timing::endsAt).max(Instant::compareTo).orElse(now);
        if (now.isAfter(last)) {
            return "the event is over";
        }
        return null;
    }

    /** A new registration takes a seat if one remains, else joins the waiting list; answers whether it is confirmed. */
    public boolean seatNewRegistration() {
        if (capacity == null || confirmedCount < capacity) {
            confirmedCount++;
            return true;
        }
        waitlistedCount++;
        return false;
    }

    /** Whether a seat is free while people wait (after a cancellation, or a capacity raised). */
    public boolean hasSeatForWaiting() {
        return status == EventStatus.PUBLISHED || status == EventStatus.POSTPONED
                ? waitlistedCount > 0 && (capacity == null || confirmedCount < capacity) : false;
    }

    /** The first of the waiting list takes a free seat. */
    public void promoteWaiting(Instant now) {
        waitlistedCount--;
        confirmedCount++;
        updatedAt = now;
    }

    /** A registration withdrawn (cancelled by its person, or with the event): its seat or its place is freed. */
    public void withdrawRegistration(boolean heldSeat, Instant now) {
        if (heldSeat) {
            confirmedCount--;
        } else {
            waitlistedCount--;
        }
        updatedAt = now;
    }

    public void checkIn() {
        attendedCount++;
    }

    /** The counts changed: the event's version moves with them. */
    public void touch(Instant now) {
        updatedAt = now;
    }

    private void require(String what, Set<EventStatus> allowed, String rule) {
        if (!allowed.contains(status)) {
            throw new StateConflictException("A " + status + " event cannot be " + what + ": " + rule);
        }
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(new Violation(field, "required"));
        }
        return value.strip();
    }

    public EventDetails details() {
        return new EventDetails(title, description, category, axis, campaign, organiserEnterpriseId, organiserName,
                List.copyOf(timings), attendanceMode, onlineLink, venue, accessibilitySet(), audience, free, price, capacity,
                registrationRequired, registrationDeadline, keywordSet(), List.copyOf(externalIds));
    }

    public Set<Accessibility> accessibilitySet() {
        Set<Accessibility> found = EnumSet.noneOf(Accessibility.class);
        split(accessibility).forEach(a -> found.add(Accessibility.valueOf(a)));
        return found;
    }

    public Set<String> keywordSet() {
        return new TreeSet<>(split(keywords));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public String departement() {
        return venue == null ? null : venue.departement();
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public String axis() {
        return axis;
    }

    public String campaign() {
        return campaign;
    }

    public UUID organiserEnterpriseId() {
        return organiserEnterpriseId;
    }

    public String organiserName() {
        return organiserName;
    }

    public List<Timing> timings() {
        return List.copyOf(timings);
    }

    public Instant firstBegin() {
        return firstBegin;
    }

    public AttendanceMode attendanceMode() {
        return attendanceMode;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public Venue venue() {
        return venue;
    }

    public String audience() {
        return audience;
    }

    public boolean free() {
        return free;
    }

    public BigDecimal price() {
        return price;
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean registrationRequired() {
        return registrationRequired;
    }

    public Instant registrationDeadline() {
        return registrationDeadline;
    }

    public List<ExternalId> externalIds() {
        return List.copyOf(externalIds);
    }

    public EventStatus status() {
        return status;
    }

    public String moderationNote() {
        return moderationNote;
    }

    public String partnerClient() {
        return partnerClient;
    }

    public String ownerSiren() {
        return ownerSiren;
    }

    public int confirmedCount() {
        return confirmedCount;
    }

    public int waitlistedCount() {
        return waitlistedCount;
    }

    public int attendedCount() {
        return attendedCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
