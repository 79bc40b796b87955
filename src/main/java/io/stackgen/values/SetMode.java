package io.stackgen.values;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A key of a --set style assignment: at the start, or after a comma that is not escaped. */
    private static final Pattern ASSIGNED_KEY = Pattern.compile("(?:^|(?<!\\\\),)([^=,]+)=");

    private final String flag;

    SetMode(String flag) {
        this.flag = flag;
    }

    /** The flag as typed on the command line, e.g. {@code --set-string}. */
    public String flag() {
        return flag;
    }

    /**
     * The argument as messages and logs show it: the keys, each value {@code ...}, since values may be secrets;
     * --set-file shows its paths.
     */
    public String withoutValues(String arg) {
        if (this == FILE) {
            return arg;
        }
        if (this == LITERAL) {
            return arg.contains("=") ? arg.substring(0, arg.indexOf('=')) + "=..." : "...";
        }
        List<String> keys = new ArrayList<>();
        Matcher key = ASSIGNED_KEY.matcher(arg);
        while (key.find()) {
            keys.add(key.group(1) + "=...");
        }
        return keys.isEmpty() ? "..." : String.join(",", keys);
    }
}
