package org.essor.programmes.domain;

/** What REALIS hosts an enterprise in. */
public enum HostingKind {
    DESK,
    OFFICE
}
