package org.essor.security.tokens;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token once, not on every request: quarkus-oidc parses a Keycloak JWT several times and checks its
 * RSA signature each time it is presented, which costs more than the rest of a read. A token seen before gets back the
 * identity quarkus-oidc built for it, bound to the current request; a new one is verified by quarkus-oidc and its
 * identity remembered ({@link VerifiedTokens}). Refused tokens are never remembered.
 */
@ApplicationScoped
public class RememberingTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    OidcIdentityProvider oidc;

    private final VerifiedTokens verified;
    private final boolean enabled;

    @Inject
    public RememberingTokenIdentityProvider(VerifiedTokensConfig config) {
        this.enabled = config.enabled();
        this.verified = new VerifiedTokens(config.maxSize(), config.maxAge().toMillis(), Clock.systemUTC());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before quarkus-oidc's provider, which it calls itself for tokens it has not seen. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = remembered(token, HttpSecurityUtils.getRoutingContextAttribute(request));
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null) {
                verified.remember(token, identity);
            }
        });
    }

    /**
     * The identity of a token verified before and still trusted, bound to this request, or null (not remembered, or
     * remembering is disabled).
     */
    public SecurityIdentity remembered(String token, RoutingContext http) {
        if (!enabled) {
            return null;
        }
        SecurityIdentity known = verified.find(token);
        return known == null ? null : forThisRequest(known, http);
    }

    /** The remembered identity with the attributes quarkus-oidc ties to one request replaced by this request's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity known, RoutingContext http) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known);
        if (http != null) {
            identity.addAttribute(RoutingContext.class.getName(), http);
            identity.addAttribute(AuthenticationRequestContext.class.getName(),
                    http.get(AuthenticationRequestContext.class.getName()));
        }
        return identity.build();
    }

    /** Whether this token's identity is remembered now. */
    public boolean isRemembered(String token) {
        return verified.find(token) != null;
    }
}
