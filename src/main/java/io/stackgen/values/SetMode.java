package io.stackgen.values;

import io.stackgen.common.UserText;

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

    /**
     * The argument as messages and logs show it: its keys, each value replaced by {@code ...}, since a value may be
     * a password (a --set-file value is a path and stays), on one short line (see {@link UserText#quotable}). In JSON and literal modes a value may hold commas, so
     * only the first key is shown; a whole JSON object shows as <code>{...}</code>.
     */
    public String withoutValues(String arg) {
        return UserText.quotable(keysOf(arg));
    }

    private String keysOf(String arg) {
        if (this == FILE) {
            return arg;
        }
        if (this == JSON && arg.strip().startsWith("{")) {
            return "{...}";
        }
        boolean oneValue = this == JSON || this == LITERAL;
        StringBuilder out = new StringBuilder();
        boolean inValue = false;
        boolean inList = false;
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '\\' && i + 1 < arg.length()) {
                i++;
                if (!inValue) {
                    out.append(c).append(arg.charAt(i));
                }
            } else if (!inValue) {
                out.append(c == '=' ? "=..." : String.valueOf(c));
                inValue = c == '=';
                inList = inValue && i + 1 < arg.length() && arg.charAt(i + 1) == '{';
                if (inValue && oneValue) {
                    break;
                }
            } else if (inList) {
                inList = c != '}';
            } else if (c == ',') {
                out.append(',');
                inValue = false;
            }
        }
        return out.toString();
    }
}
