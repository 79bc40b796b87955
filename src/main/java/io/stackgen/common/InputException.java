package io.stackgen.common;

/**
 * A problem the user caused and can fix: bad values, a bad flag, a broken chart. The CLI prints the
 * message as one line (no stack trace) and exits with code 2. Messages name where the problem is
 * ({@code file:line:col}, a flag) and never contain secret values.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
