package org.essor.security;

import java.util.Optional;

import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which files of enterprises a caller may see and act on: every one, only its own enterprise's ({@code onlySiren},
 * an enterprise representative, claim {@code siren}), or only those its OAuth client created ({@code onlyClient}, a
 * partner system, claim {@code azp}). Any other file answers the same not-found as one that does not exist.
 */
public record Visibility(String onlySiren, String onlyClient) {

    public static final Visibility ALL = new Visibility(null, null);

    public static Visibility ofEnterprise(String siren) {
        return new Visibility(siren, null);
    }

    public static Visibility ofClient(String client) {
        return new Visibility(null, client);
    }

    /**
     * What the caller reaches: an enterprise representative its own enterprise's files, a partner that holds none of
     * {@code rolesReachingAll} what its own client created, anyone else every file.
     */
    public static Visibility of(SecurityIdentity identity, String... rolesReachingAll) {
        Optional<String> siren = EnterpriseScope.restriction(identity);
        if (siren.isPresent()) {
            return ofEnterprise(siren.get());
        }
        boolean reachesAll = false;
        for (String role : rolesReachingAll) {
            reachesAll |= identity.hasRole(role);
        }
        if (identity.hasRole(Roles.PARTNER) && !reachesAll) {
            return ofClient(Actors.clientOf(identity).orElseThrow(() -> new ProblemException(Problem.of(403,
                    "forbidden", "Forbidden", "A partner token must name its client (claim 'azp')"))));
        }
        return ALL;
    }

    /** Whether a file of the enterprise with {@code siren}, created through {@code client}, is within reach. */
    public boolean reaches(String siren, String client) {
        return (onlySiren == null || onlySiren.equals(siren)) && (onlyClient == null || onlyClient.equals(client));
    }
}
