package io.stackgen.lint;

import java.util.List;

/** Spells a field path the way kubectl explain and JSONPath users read it: {@code a.b[0]["x.y/z"]}. */
public final class FieldPath {

    private FieldPath() {
    }

    public static String render(List<?> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else if (isPlain(String.valueOf(step))) {
                out.append(out.isEmpty() ? "" : ".").append(step);
            } else {
                out.append("[\"").append(String.valueOf(step).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return out.toString();
    }

    /** {@code [A-Za-z0-9_-]+}: written bare after a dot. */
    private static boolean isPlain(String step) {
        if (step.isEmpty()) {
            return false;
        }
        for (int i = 0; i < step.length(); i++) {
            char c = step.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
