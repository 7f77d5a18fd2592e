package org.essor.security;

import java.util.Set;

/** The realm roles of Essor's Keycloak realm {@code essor}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String REGISTRY_OFFICER = "registry-officer";
    public static final String PROGRAMME_OFFICER = "programme-officer";
    public static final String FINANCE_OFFICER = "finance-officer";
    public static final String EVENTS_OFFICER = "events-officer";
    public static final String EVALUATOR = "evaluator";
    /** A partner system, authenticated with client credentials. */
    public static final String PARTNER = "partner";
    /** An enterprise's representative: limited to the enterprise of the token's {@code siren} claim. */
    public static final String ENTERPRISE = "enterprise";

    public static final Set<String> ALL = Set.of(ADMIN, REGISTRY_OFFICER, PROGRAMME_OFFICER, FINANCE_OFFICER,
            EVENTS_OFFICER, EVALUATOR, PARTNER, ENTERPRISE);

    private Roles() {
    }
}
