package io.github.twimllint.core.run;

/** A run that cannot go on because of its input (options, configuration, baseline): one line for the user. */
public final class RunException extends Exception {
    public RunException(String message) {
        super(message);
    }
}
