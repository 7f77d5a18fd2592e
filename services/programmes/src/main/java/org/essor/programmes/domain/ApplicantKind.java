package org.essor.programmes.domain;

/** Who applies: an enterprise of the ESS register, an enterprise known only by its SIREN, or a person with a project. */
public enum ApplicantKind {
    ENTERPRISE,
    UNREGISTERED_ENTERPRISE,
    PERSON
}
