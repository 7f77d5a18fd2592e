package org.essor.testing.servers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What the server launchers share about their child process: awaiting its ready line, its end, serving until stopped. */
final class ServerProcesses {

    private ServerProcesses() {
    }

    /**
     * Returns when {@code log} shows {@code readyLine} after {@code fromOffset}; fails with the log's end when the
     * process exits first, and runs {@code onTimeout} then fails when {@code timeout} passes.
     */
    static void awaitReadyLine(String server, Process process, Path log, long fromOffset, String readyLine,
                               Duration timeout, Runnable onTimeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(server + " exited with " + process.exitValue() + ":\n" + FileTrees.tail(log, 30));
            }
            if (FileTrees.contains(log, fromOffset, readyLine)) {
                return;
            }
            KafkaBroker.pause(Duration.ofMillis(50));
        }
        onTimeout.run();
        throw new IllegalStateException(server + " did not start within " + timeout + ":\n" + FileTrees.tail(log, 30));
    }

    /** Waits for the process to end after it was asked to; kills it when it has not ended within {@code grace}. */
    static void awaitEnd(Process process, Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The foreground of a launcher entry point: prints {@code readyMessage} for the local launcher, stops the server
     * when this JVM is stopped, and exits with status 1, the server's log end on standard error, if it stops by itself.
     */
    static void serveUntilStopped(String server, String readyMessage, BooleanSupplier running, Runnable stop, Path log) {
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "essor-" + server.toLowerCase().replace(' ', '-') + "-shutdown"));
        System.out.println(readyMessage);
        System.out.flush();
        while (running.getAsBoolean()) {
            KafkaBroker.pause(Duration.ofSeconds(1));
        }
        System.err.println(server + " stopped: " + FileTrees.tail(log, 20));
        System.exit(1);
    }
}
