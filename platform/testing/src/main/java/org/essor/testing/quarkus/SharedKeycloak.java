package org.essor.testing.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.essor.testing.servers.KeycloakServer;

/**
 * The one Keycloak of a test JVM, with the realm of {@code deploy/keycloak/essor-realm.json}, started on first use
 * (about half a minute) and stopped when the JVM exits.
 */
public final class SharedKeycloak {

    static final String REALM_FILE = "deploy/keycloak/essor-realm.json";
    private static KeycloakServer server;

    private SharedKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (server == null || !server.isRunning()) {
            server = KeycloakServer.startTemporary(realmFile());
        }
        return server;
    }

    /** An access token of a demo user of the realm (password {@code <username>-pw}). */
    public static String tokenOf(String username) {
        return get().tokenFor(username, username + "-pw");
    }

    static Path realmFile() {
        String projectDir = System.getProperty("essor.project.dir");
        if (projectDir != null && Files.exists(Paths.get(projectDir, REALM_FILE))) {
            return Paths.get(projectDir, REALM_FILE);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(REALM_FILE))) {
                return dir.resolve(REALM_FILE);
            }
        }
        throw new IllegalStateException("The realm file " + REALM_FILE + " was not found above " + Paths.get("").toAbsolutePath());
    }
}
