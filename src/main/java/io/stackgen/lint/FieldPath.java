package io.stackgen.lint;

import java.util.List;
import java.util.regex.Pattern;

/** Spells a field path the way kubectl explain and JSONPath users read it: {@code a.b[0]["x.y/z"]}. */
public final class FieldPath {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]+");

    private FieldPath() {
    }

    public static String render(List<?> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else if (PLAIN.matcher(String.valueOf(step)).matches()) {
                out.append(out.isEmpty() ? "" : ".").append(step);
            } else {
                out.append("[\"").append(String.valueOf(step).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return out.toString();
    }
}
