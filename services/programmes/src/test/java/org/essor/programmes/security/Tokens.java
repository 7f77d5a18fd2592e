package org.essor.programmes.security;

import org.essor.testing.quarkus.SharedKeycloak;

/** Real access tokens of the realm's demo users and partner clients (deploy/keycloak/essor-realm.json). */
final class Tokens {

    /** The SIRENs of the demo users enterprise and enterprise-2. */
    static final String OWN_SIREN = "552081317";
    static final String OTHER_SIREN = "732829320";

    private Tokens() {
    }

    static String enterprise() {
        return SharedKeycloak.tokenOf("enterprise");
    }

    static String otherEnterprise() {
        return SharedKeycloak.tokenOf("enterprise-2");
    }

    static String officer() {
        return SharedKeycloak.tokenOf("programme-officer");
    }

    static String evaluator() {
        return SharedKeycloak.tokenOf("evaluator");
    }

    static String admin() {
        return SharedKeycloak.tokenOf("admin");
    }

    static String partner() {
        return SharedKeycloak.get().clientCredentialsToken("essor-partner", "essor-partner-secret");
    }

    static String otherPartner() {
        return SharedKeycloak.get().clientCredentialsToken("essor-partner-2", "essor-partner-2-secret");
    }
}
