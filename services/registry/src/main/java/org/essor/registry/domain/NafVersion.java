package org.essor.registry.domain;

/** The edition of the INSEE activity nomenclature (NAF) a code belongs to. */
public enum NafVersion {
    /** NAF rév. 2, in force since 2008. */
    NAF_REV2,
    /** NAF 2025, the revision aligned on NACE Rev. 2.1. */
    NAF_2025
}
