package org.essor.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.essor.kernel.Actor;
import org.essor.web.client.ClientAddress;
import org.essor.web.correlation.Correlation;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The actor of a change made by the caller of the current request: its user name or client's service account (what
 * the history shows), and for the audit trail the token's subject, the OAuth client, the Essor roles, the client
 * address (through trusted proxies only) and the correlation id.
 */
public final class Actors {

    static final String SUBJECT_CLAIM = "sub";
    static final String CLIENT_CLAIM = "azp";

    private Actors() {
    }

    public static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return anonymous("anonymous");
        }
        String name = identity.getPrincipal().getName();
        Set<String> roles = identity.getRoles().stream().filter(Roles.ALL::contains).collect(Collectors.toSet());
        RoutingContext http = currentRequest();
        return new Actor(name, claim(identity, SUBJECT_CLAIM).orElse(name), clientOf(identity).orElse(null), roles,
                http == null ? null : address(http), http == null ? null : Correlation.of(http));
    }

    /** An unauthenticated caller of a public endpoint (a form), known by what it is called and where it came from. */
    public static Actor anonymous(String name) {
        RoutingContext http = currentRequest();
        return new Actor(name, null, null, Set.of(), http == null ? null : address(http),
                http == null ? null : Correlation.of(http));
    }

    /** The OAuth client the caller's token was issued to (claim {@code azp}): a partner system's client id. */
    public static Optional<String> clientOf(SecurityIdentity identity) {
        return claim(identity, CLIENT_CLAIM);
    }

    private static Optional<String> claim(SecurityIdentity identity, String name) {
        Object value = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(name) : null;
        if (value == null) {
            value = identity.getAttribute(name);
        }
        return Optional.ofNullable(value).map(Object::toString).map(text -> text.replace("\"", "")).filter(text -> !text.isBlank());
    }

    private static String address(RoutingContext http) {
        return Arc.container().instance(ClientAddress.class).get().of(http);
    }

    private static RoutingContext currentRequest() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        return container.instance(CurrentVertxRequest.class).get().getCurrent();
    }
}
