package org.essor.programmes.app;

/**
 * Which applications a caller may see and act on: every one, only its enterprise's ({@code onlySiren}, an enterprise
 * representative), or only those its OAuth client created ({@code onlyClient}, a partner). Any other application
 * answers the same not-found as one that does not exist.
 */
public record Visibility(String onlySiren, String onlyClient) {

    public static final Visibility ALL = new Visibility(null, null);

    public static Visibility ofEnterprise(String siren) {
        return new Visibility(siren, null);
    }

    public static Visibility ofClient(String client) {
        return new Visibility(null, client);
    }
}
