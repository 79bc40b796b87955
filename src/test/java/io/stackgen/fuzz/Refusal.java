package io.stackgen.fuzz;

import io.stackgen.common.InputException;
import io.stackgen.support.Hostile;

/**
 * The property every fuzz target holds: for any input the code returns a result or refuses it with an
 * {@link InputException} whose message is one short line (the CLI prints it as {@code error: ...}) and echoes
 * none of {@link Hostile#PLANTED_SECRETS}. Anything else escaping the action (another exception, a
 * StackOverflowError, an OutOfMemoryError) is left to propagate, and Jazzer reports it as a crash.
 */
final class Refusal {
    /** Long enough for a file:line:col, a values path and a short quote; a message should not carry the input. */
    static final int MAX_MESSAGE_LENGTH = 400;

    private Refusal() {
    }

    static void returnsOrRefuses(Runnable action) {
        try {
            action.run();
        } catch (InputException e) {
            check(e.getMessage());
        }
    }

    /** Fails (an AssertionError, a finding for Jazzer) unless {@code message} is a fit one-line user error. */
    static void check(String message) {
        if (message == null || message.isBlank()) {
            throw new AssertionError("InputException without a message");
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            throw new AssertionError("message of " + message.length() + " characters: "
                    + message.substring(0, MAX_MESSAGE_LENGTH) + "...");
        }
        if (message.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new AssertionError("message with a line break or control character: " + message.replace("\n", "\\n"));
        }
        for (int i = 0; i < Hostile.PLANTED_SECRETS.size(); i++) {
            if (message.contains(Hostile.PLANTED_SECRETS.get(i))) {
                throw new AssertionError("message echoes planted secret #" + i + ": " + message);
            }
        }
    }
}
