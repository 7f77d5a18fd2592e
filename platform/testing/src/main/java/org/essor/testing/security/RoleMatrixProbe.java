package org.essor.testing.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essor.testing.quarkus.SharedKeycloak;

/**
 * Calls every endpoint of a matrix as every role (with a real token of the realm's demo user of that role) and without
 * a token, and says where the answer is not what the matrix promises: 401 without a token on a protected endpoint, 403
 * for a role it does not list, anything but 401 and 403 for the others, and never a 5xx. Path parameters take a value
 * of their own where given, else a random UUID; bodies are empty JSON objects (or a line of text), since the rules are
 * checked before the body is read.
 */
public final class RoleMatrixProbe {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, String> USERS = Map.of("partner", "partner-user");

    private final URI base;
    private final Map<String, String> pathValues;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RoleMatrixProbe(URI base, Map<String, String> pathValues) {
        this.base = base;
        this.pathValues = pathValues;
    }

    /** Every endpoint × (no token, every role): the calls whose answer broke the rule, empty when none did. */
    public List<String> mismatches(List<Endpoint> endpoints) {
        Map<String, String> tokens = new LinkedHashMap<>();
        RoleMatrix.ROLES.forEach(role -> tokens.put(role, SharedKeycloak.tokenOf(USERS.getOrDefault(role, role))));
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            check(endpoint, "no token", null, endpoint.isPublic() ? Expected.RUNS : Expected.UNAUTHORIZED, mismatches);
            tokens.forEach((role, token) ->
                    check(endpoint, role, token, endpoint.allows(role) ? Expected.RUNS : Expected.FORBIDDEN, mismatches));
        }
        return mismatches;
    }

    private enum Expected { RUNS, UNAUTHORIZED, FORBIDDEN }

    private void check(Endpoint endpoint, String caller, String token, Expected expected, List<String> mismatches) {
        int status = call(endpoint, token);
        boolean ok = switch (expected) {
            case UNAUTHORIZED -> status == 401;
            case FORBIDDEN -> status == 403;
            case RUNS -> status != 401 && status != 403 && status < 500;
        };
        if (!ok || status >= 500) {
            mismatches.add(endpoint.name() + " as " + caller + ": " + status + " (expected "
                    + switch (expected) { case RUNS -> "the endpoint to run"; case UNAUTHORIZED -> "401"; case FORBIDDEN -> "403"; } + ")");
        }
    }

    private int call(Endpoint endpoint, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(concrete(endpoint.path()))).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (endpoint.consumes() == null) {
            request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            String body = endpoint.consumes().contains("json") ? "{}" : "x\n";
            request.header("Content-Type", endpoint.consumes()).method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(endpoint.name() + " could not be called", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String concrete(String path) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(concrete, Matcher.quoteReplacement(
                    pathValues.getOrDefault(parameter.group(1), UUID.randomUUID().toString())));
        }
        parameter.appendTail(concrete);
        return concrete.substring(1); // relative to the base URI
    }
}
