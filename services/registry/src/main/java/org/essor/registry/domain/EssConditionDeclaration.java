package org.essor.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One condition of a société commerciale de l'ESS as the company declared it: since when, on what evidence. */
@Embeddable
public class EssConditionDeclaration {

    /** The evidence of the conditions of a company declared a société commerciale de l'ESS before they were recorded one by one. */
    public static final String DECLARED_AS_A_WHOLE = "declared as a whole (essBasis COMMERCIAL_ESS_COMPANY)";

    @Enumerated(EnumType.STRING)
    @Column(name = "condition")
    EssCondition condition;

    @Column(name = "declared_on")
    LocalDate declaredOn;

    @Column(name = "evidence")
    String evidence;

    protected EssConditionDeclaration() {
    }

    public EssConditionDeclaration(EssCondition condition, LocalDate declaredOn, String evidence) {
        this.condition = Objects.requireNonNull(condition, "condition");
        this.declaredOn = Objects.requireNonNull(declaredOn, "declaredOn");
        this.evidence = evidence == null ? null : evidence.trim();
    }

    public EssCondition condition() {
        return condition;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    /** The reference of the evidence (statutes, general meeting minutes...): a reference, never personal data. */
    public String evidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EssConditionDeclaration that && condition == that.condition
                && Objects.equals(declaredOn, that.declaredOn) && Objects.equals(evidence, that.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, declaredOn, evidence);
    }
}
