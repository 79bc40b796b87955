package io.stackgen.values;

/** The flavours of Helm's --set flags; they differ in how the right-hand side becomes a value. */
public enum SetMode {
    /** --set: values typed like Helm's strvals typedVal. */
    TYPED("--set"),
    /** --set-string: every value a string. */
    STRING("--set-string"),
    /** --set-json: each value is JSON; the whole argument may also be one JSON object. */
    JSON("--set-json"),
    /** --set-file: each value is a path whose content becomes the string value. */
    FILE("--set-file"),
    /** --set-literal: the whole right-hand side is one string, no escapes, no lists. */
    LITERAL("--set-literal");

    private final String flag;

    SetMode(String flag) {
        this.flag = flag;
    }

    /** The flag as typed on the command line, e.g. {@code --set-string}. */
    public String flag() {
        return flag;
    }
}
