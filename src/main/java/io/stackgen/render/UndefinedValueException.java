package io.stackgen.render;

/** Thrown when a template reads a value or a variable that does not exist. */
public final class UndefinedValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private UndefinedValueException(String message) {
        super(message);
    }

    /** A missing key under {@code values}, {@code release}, … */
    public static UndefinedValueException key(String path) {
        return new UndefinedValueException("undefined value '" + path + "' (test optional keys with: 'key' in map)");
    }

    public static UndefinedValueException variable(String name) {
        return new UndefinedValueException("undefined variable '" + name + "'");
    }
}
