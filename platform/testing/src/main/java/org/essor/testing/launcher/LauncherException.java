package org.essor.testing.launcher;

/** A failure the launcher reports in one line, without a stack trace. */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }
}
