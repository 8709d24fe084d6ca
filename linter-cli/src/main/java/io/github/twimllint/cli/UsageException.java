package io.github.twimllint.cli;

/** A problem with the command line or configuration: one line on standard error, exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
