package org.essor.testing.launcher;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.essor.testing.servers.PostgresServer;

/**
 * What {@code deploy/local/essor} asks Java for, so that it needs no other tool:
 * <pre>
 * database URL NAME                 create the database unless it exists (prints "created" or "exists")
 * token KEYCLOAK USER               an access token of a demo user
 * seed KEYCLOAK REGISTRY FILE [PROGRAMMES [FINANCING [CALENDAR [EVALUATION]]]]   the demo data (see {@link DemoSeed})
 * events BOOTSTRAP TOPIC [COUNT]    the last events of a topic, with their headers
 * secret                            a random secret of 43 characters (256 bits), e.g. the services' cursor key
 * </pre>
 * A failure is one line on standard error and exit status 1.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (LauncherException | IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println(e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "database" -> {
                requireArguments(args, 3, "database URL NAME");
                PostgresServer server = PostgresServer.parse(args[1]);
                server.requireReachable();
                System.out.println(server.createDatabaseIfMissing(args[2]) ? "created" : "exists");
            }
            case "token" -> {
                requireArguments(args, 3, "token KEYCLOAK_URL USER");
                System.out.println(new EssorApi(args[1]).token(args[2]));
            }
            case "seed" -> {
                requireArguments(args, 4, "seed KEYCLOAK_URL REGISTRY_URL IMPORT_FILE [PROGRAMMES_URL [FINANCING_URL [CALENDAR_URL [EVALUATION_URL]]]]");
                new DemoSeed(new EssorApi(args[1]), args[2], args.length > 4 ? args[4] : null, args.length > 5 ? args[5] : null,
                        args.length > 6 ? args[6] : null, args.length > 7 ? args[7] : null).run(Path.of(args[3]));
            }
            case "events" -> {
                requireArguments(args, 3, "events BOOTSTRAP_SERVERS TOPIC [COUNT]");
                new RecentEvents(args[1]).print(args[2], args.length > 3 ? Integer.parseInt(args[3]) : 5);
            }
            case "secret" -> {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                System.out.println(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
            default -> throw new IllegalArgumentException("Unknown command: " + Arrays.toString(args));
        }
    }

    private static void requireArguments(String[] args, int count, String usage) {
        if (args.length < count) {
            throw new IllegalArgumentException("Usage: " + usage);
        }
    }
}
