package org.essor.programmes.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person applying with a project and no enterprise yet (YESS Académie, Fabrique à Initiatives). Name, e-mail and
 * phone are personal data, kept here only and erasable; the commune's département and the theme stay for statistics.
 */
@Entity
@Table(name = "person_applicant")
public class PersonApplicant {

    @Id
    UUID id;
    String name;
    String email;
    String phone;

    @Column(name = "commune_code")
    String communeCode;

    String departement;

    @Column(name = "project_summary")
    String projectSummary;

    String theme;

    @Column(name = "erased_at")
    Instant erasedAt;

    protected PersonApplicant() {
    }

    public static PersonApplicant of(String name, String email, String phone, String communeCode, String projectSummary,
                                     String theme) {
        PersonApplicant person = new PersonApplicant();
        person.id = UUID.randomUUID();
        person.name = name;
        person.email = email;
        person.phone = phone;
        person.communeCode = communeCode;
        person.departement = communeCode.startsWith("97") ? communeCode.substring(0, 3) : communeCode.substring(0, 2);
        person.projectSummary = projectSummary;
        person.theme = theme;
        return person;
    }

    /** Erases what identifies the person; the département and theme remain for pseudonymous statistics. */
    public void erase(Instant now) {
        name = null;
        email = null;
        phone = null;
        projectSummary = null;
        communeCode = departement + "000".substring(0, 5 - departement.length());
        erasedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String communeCode() {
        return communeCode;
    }

    public String departement() {
        return departement;
    }

    public String projectSummary() {
        return projectSummary;
    }

    public String theme() {
        return theme;
    }

    public Instant erasedAt() {
        return erasedAt;
    }
}
