package org.essor.web.versioning;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.essor.web.problem.ProblemException;

/**
 * ETag and If-Match for versioned resources: the ETag is the resource version ({@code "3"}); updates and state
 * transitions must send it back in {@code If-Match} (428 without, 412 when it is not the current version).
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and its version as ETag. */
    public static Response ok(Object representation, long version) {
        return Response.ok(representation).tag(etag(version)).build();
    }

    /** The version an {@code If-Match} header names; a missing or unusable header is a 428. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send the resource's current ETag in If-Match to change it");
        }
        String value = ifMatch.trim();
        if (value.equals("*") || value.contains(",")) {
            throw ProblemException.preconditionRequired("If-Match must name exactly one version (the resource's ETag)");
        }
        if (value.startsWith("W/")) {
            throw ProblemException.preconditionFailed("A weak ETag never matches for a change; send the strong ETag");
        }
        if (value.length() < 3 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            throw ProblemException.preconditionRequired("If-Match must be a quoted ETag such as \"3\"");
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match " + value + " is not a version of this resource");
        }
    }

    /** Fails with 412 unless the resource is still at the version the client read. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw ProblemException.preconditionFailed("The resource is at version " + current + ", not " + expected
                    + "; read it again and retry with its new ETag");
        }
    }
}
