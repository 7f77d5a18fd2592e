package org.essor.security.tokens;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer token already verified with its remembered identity before quarkus-oidc's mechanism runs: that
 * mechanism decodes the token's JSON payload on every request, before any identity provider is asked, which was the
 * largest cost left in authenticating a known token. Any other request (no token, a token not remembered, another
 * scheme) goes on to quarkus-oidc, which verifies it, answers its challenges and refuses what it refuses.
 */
@ApplicationScoped
public class RememberedBearerMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    @Inject
    RememberingTokenIdentityProvider tokens;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext http, IdentityProviderManager identityProviderManager) {
        String authorization = http.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(tokens.remembered(authorization.substring(BEARER.length()).trim(), http));
    }

    /** Never the one to answer a challenge: quarkus-oidc's mechanism does. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** None of its own, so that a path configured for the bearer mechanism always reaches quarkus-oidc's. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Before quarkus-oidc's mechanism (which has the default priority). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
