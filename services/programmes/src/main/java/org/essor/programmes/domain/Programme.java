package org.essor.programmes.domain;

import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A support programme of the plan (REALIS, YESS Académie, Alter'Venture...), from the catalogue. */
@Entity
@Table(name = "programme")
public class Programme {

    /** The Fabrique à Initiatives, whose applications take up needs identified in the territories. */
    public static final String FABRIQUE_A_INITIATIVES = "FABRIQUE_A_INITIATIVES";

    @Id
    String code;
    String name;
    String kind;
    String operator;
    String target;

    @Convert(converter = TextSets.Stages.class)
    Set<Stage> stages;

    @Column(name = "person_applicants")
    boolean personApplicants;

    @Column(name = "unregistered_enterprises")
    boolean unregisteredEnterprises;

    @Enumerated(EnumType.STRING)
    SchemeStatus status;

    @Column(name = "status_in_plan")
    String statusInPlan;

    @Convert(converter = TextSets.Codes.class)
    Set<String> partners;

    /** For an umbrella entry (the two incubators), the schemes it stands for. */
    @Convert(converter = TextSets.Codes.class)
    @Column(name = "split_into")
    Set<String> splitInto;

    String source;

    protected Programme() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public String operator() {
        return operator;
    }

    public String target() {
        return target;
    }

    public Set<Stage> stages() {
        return stages;
    }

    /** People with a project and no enterprise yet may apply (REALIS, the incubators, YESS Académie, Fabrique...). */
    public boolean takesPersonApplicants() {
        return personApplicants;
    }

    /** Enterprises known only by their SIREN, not (yet) in the ESS register, may apply (YESS Académie « Entreprises »...). */
    public boolean takesUnregisteredEnterprises() {
        return unregisteredEnterprises;
    }

    public Set<ApplicantKind> applicantKinds() {
        Set<ApplicantKind> kinds = EnumSet.of(ApplicantKind.ENTERPRISE);
        if (unregisteredEnterprises) {
            kinds.add(ApplicantKind.UNREGISTERED_ENTERPRISE);
        }
        if (personApplicants) {
            kinds.add(ApplicantKind.PERSON);
        }
        return kinds;
    }

    public SchemeStatus status() {
        return status;
    }

    /** A scheme that runs or is trialled takes calls; one to be built or only planned does not. */
    public boolean takesCalls() {
        return status.takesCalls();
    }

    public String statusInPlan() {
        return statusInPlan;
    }

    public Set<String> partners() {
        return partners;
    }

    public Set<String> splitInto() {
        return splitInto;
    }

    public String source() {
        return source;
    }

    /** The Fabrique à Initiatives answers needs identified in a territory: its applications take one up. */
    public boolean answersTerritorialNeeds() {
        return FABRIQUE_A_INITIATIVES.equals(code);
    }
}
