package io.stackgen.common;

/**
 * What snakeyaml-engine 3.2 throws for some broken YAML instead of one of its own exceptions, said as an input
 * error naming the file: a {@code StackOverflowError} for nesting too deep, a {@code NumberFormatException} from
 * its scanner for a hexadecimal escape (backslash and x, u or U) that the end of the text cuts off, an
 * {@code IllegalArgumentException} from its composer for a tag it cannot make (e.g. one that %-decodes to a
 * trailing space).
 */
public final class YamlParserFailure {
    private YamlParserFailure() {
    }

    /** @param failure a {@code StackOverflowError} or an {@code IllegalArgumentException} from the parser */
    public static InputException inputError(String file, Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return new InputException(file + ": nesting too deep");
        }
        if (failure instanceof NumberFormatException) {
            return new InputException(file + ": not valid YAML: a \\x, \\u or \\U escape is cut off by the end of the "
                    + "file");
        }
        return new InputException(file + ": not valid YAML: " + UserText.oneLine(failure.getMessage()));
    }
}
