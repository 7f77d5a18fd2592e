package org.essor.programmes.domain;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A support programme of the plan (REALIS, YESS Académie, Alter'Venture...), from the catalogue. */
@Entity
@Table(name = "programme")
public class Programme {

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

    /** People with a project and no enterprise yet may apply (YESS Académie, Fabrique à Initiatives). */
    public boolean takesPersonApplicants() {
        return personApplicants;
    }
}
