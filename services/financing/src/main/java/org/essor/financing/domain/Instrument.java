package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.enterprises.EnterpriseConditions;
import org.essor.kernel.Versioned;

/**
 * A financing instrument of the plan's map (D.3): who provides it, its kind and the stages it serves, its floor and
 * ceiling, the maximum rate of a guarantee, who may apply (the conditions on the enterprise, a social-innovation
 * project) and when. An instrument the plan still means to create or deploy takes no application.
 */
@Entity
@Table(name = "instrument")
public class Instrument implements Versioned {

    @Id
    String code;

    @Version
    long version;

    String name;
    String provider;

    @Enumerated(EnumType.STRING)
    InstrumentScope scope;

    @Enumerated(EnumType.STRING)
    InstrumentKind kind;

    String stages;

    @Column(name = "min_amount")
    BigDecimal minAmount;

    @Column(name = "max_amount")
    BigDecimal maxAmount;

    @Column(name = "max_guarantee_rate")
    BigDecimal maxGuaranteeRate;

    @Column(name = "amount_note")
    String amountNote;

    @Enumerated(EnumType.STRING)
    InstrumentStatus status;

    @Column(name = "legal_families")
    String legalFamilies;

    @Column(name = "cooperative_kinds")
    String cooperativeKinds;

    @Column(name = "esus_required")
    boolean esusRequired;

    @Column(name = "min_age_years")
    Integer minAgeYears;

    @Column(name = "max_age_years")
    Integer maxAgeYears;

    @Column(name = "in_region_required")
    boolean inRegionRequired;

    @Column(name = "social_innovation_required")
    boolean socialInnovationRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind")
    WindowKind windowKind;

    @Column(name = "window_opens_on")
    LocalDate windowOpensOn;

    @Column(name = "window_closes_on")
    LocalDate windowClosesOn;

    @Column(name = "window_deadlines")
    String windowDeadlines;

    @Column(name = "source_in_plan")
    String sourceInPlan;

    String note;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;

    protected Instrument() {
    }

    /** What a finance officer may change of an instrument (every field: the whole new state). */
    public record Terms(String name, String provider, InstrumentScope scope, InstrumentKind kind, Set<Stage> stages,
                        BigDecimal minAmount, BigDecimal maxAmount, BigDecimal maxGuaranteeRate, String amountNote,
                        InstrumentStatus status, EnterpriseConditions conditions, boolean socialInnovationRequired,
                        OpeningWindow window, String sourceInPlan, String note) {

        /** Amounts in euros at the cent, as stored (one with more decimals is left for the rules to refuse). */
        public Terms {
            minAmount = cents(minAmount);
            maxAmount = cents(maxAmount);
            maxGuaranteeRate = cents(maxGuaranteeRate);
        }

        private static BigDecimal cents(BigDecimal amount) {
            return amount == null || amount.stripTrailingZeros().scale() > 2 ? amount : amount.setScale(2);
        }
    }

    public static Instrument create(String code, Terms terms, String by, Instant now) {
        Instrument instrument = new Instrument();
        instrument.code = code;
        instrument.apply(terms, by, now);
        return instrument;
    }

    /** Replaces the instrument's terms (checked first: amounts in order, a guarantee rate only on a guarantee). */
    public void apply(Terms terms, String by, Instant now) {
        InstrumentRules.check(terms);
        name = terms.name();
        provider = terms.provider();
        scope = terms.scope();
        kind = terms.kind();
        stages = terms.stages().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        minAmount = terms.minAmount();
        maxAmount = terms.maxAmount();
        maxGuaranteeRate = terms.maxGuaranteeRate();
        amountNote = terms.amountNote();
        status = terms.status();
        legalFamilies = String.join(",", new TreeSet<>(terms.conditions().legalFamilies()));
        cooperativeKinds = String.join(",", new TreeSet<>(terms.conditions().cooperativeKinds()));
        esusRequired = terms.conditions().esusRequired();
        minAgeYears = terms.conditions().minAgeYears();
        maxAgeYears = terms.conditions().maxAgeYears();
        inRegionRequired = terms.conditions().inTerritoryRequired();
        socialInnovationRequired = terms.socialInnovationRequired();
        windowKind = terms.window().kind();
        windowOpensOn = terms.window().opensOn();
        windowClosesOn = terms.window().closesOn();
        windowDeadlines = terms.window().deadlines().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        sourceInPlan = terms.sourceInPlan();
        note = terms.note();
        updatedAt = now;
        updatedBy = by;
    }

    public Terms terms() {
        return new Terms(name, provider, scope, kind, stages(), minAmount, maxAmount, maxGuaranteeRate, amountNote, status,
                conditions(), socialInnovationRequired, window(), sourceInPlan, note);
    }

    public EnterpriseConditions conditions() {
        return new EnterpriseConditions(split(legalFamilies), split(cooperativeKinds), minAgeYears, maxAgeYears,
                esusRequired, inRegionRequired);
    }

    public OpeningWindow window() {
        List<LocalDate> deadlines = split(windowDeadlines).stream().map(LocalDate::parse).sorted().toList();
        return new OpeningWindow(windowKind, windowOpensOn, windowClosesOn, deadlines);
    }

    public Set<Stage> stages() {
        Set<Stage> found = EnumSet.noneOf(Stage.class);
        split(stages).forEach(stage -> found.add(Stage.valueOf(stage)));
        return found;
    }

    /**
     * Why this instrument takes no application for {@code amount} on {@code day} (empty: it takes one): an
     * instrument to be created or deployed, a closed window, an amount below the floor or above the ceiling.
     */
    public List<String> refusals(BigDecimal amount, LocalDate day) {
        List<String> reasons = new ArrayList<>();
        if (!status.takesApplications()) {
            reasons.add(name + " does not exist yet: the plan means to " + (status == InstrumentStatus.TO_BE_CREATED
                    ? "create" : "deploy") + " it, and it takes no application");
        }
        String closed = window().closedReason(day);
        if (closed != null) {
            reasons.add(closed);
        }
        if (amount != null) {
            reasons.addAll(InstrumentRules.amountRefusals(this, amount));
        }
        return reasons;
    }

    /** Decisions on this instrument commit against the Région's yearly budget envelopes. */
    public boolean regional() {
        return scope == InstrumentScope.REGIONAL;
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public String code() {
        return code;
    }

    @Override
    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String provider() {
        return provider;
    }

    public InstrumentScope scope() {
        return scope;
    }

    public InstrumentKind kind() {
        return kind;
    }

    public BigDecimal minAmount() {
        return minAmount;
    }

    public BigDecimal maxAmount() {
        return maxAmount;
    }

    public BigDecimal maxGuaranteeRate() {
        return maxGuaranteeRate;
    }

    public String amountNote() {
        return amountNote;
    }

    public InstrumentStatus status() {
        return status;
    }

    public boolean socialInnovationRequired() {
        return socialInnovationRequired;
    }

    public String sourceInPlan() {
        return sourceInPlan;
    }

    public String note() {
        return note;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
