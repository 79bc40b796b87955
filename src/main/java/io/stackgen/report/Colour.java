package io.stackgen.report;

import java.util.Map;

/** Decides whether the text report may use ANSI colour, following the no-color.org and force-color.org conventions. */
public final class Colour {
    private Colour() {
    }

    /**
     * NO_COLOR (any non-empty value) always turns colour off; otherwise FORCE_COLOR (non-empty, not {@code 0} or
     * {@code false}) turns it on even when piped; otherwise colour is used on a terminal unless TERM is {@code dumb}.
     */
    public static boolean wanted(boolean isTerminal, Map<String, String> env) {
        if (isSet(env.get("NO_COLOR"))) {
            return false;
        }
        String force = env.get("FORCE_COLOR");
        if (isSet(force)) {
            return !force.equals("0") && !force.equalsIgnoreCase("false");
        }
        return isTerminal && !"dumb".equals(env.get("TERM"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
