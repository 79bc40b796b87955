package io.stackgen.render;

import com.hubspot.jinjava.lib.fn.Functions;
import java.util.List;

/** Functions callable from templates without a namespace. */
public final class TemplateFunctions {
    /** The most items {@code range()} gives; Jinjava's own limit would cut a longer range short without a word. */
    static final int RANGE_LIMIT = 10_000;

    private TemplateFunctions() {
    }

    /** {@code {{ fail("message") }}}: stop the render with the chart author's message. */
    public static Object fail(String message) {
        throw new TemplateFailure(message);
    }

    /** Jinja's {@code range(stop)}, {@code range(start, stop[, step])}, refused when longer than the limit. */
    public static List<Integer> range(Object first, Object... more) {
        Long start = more.length == 0 ? Long.valueOf(0) : whole(first);
        Long stop = more.length == 0 ? whole(first) : whole(more[0]);
        Long step = more.length > 1 ? whole(more[1]) : Long.valueOf(1);
        if (start != null && stop != null && step != null && step != 0) {
            double items = Math.ceil(((double) stop - (double) start) / step);
            if (items > RANGE_LIMIT) {
                throw new SandboxViolation("range() of " + String.format("%.0f", items) + " items is over the limit of "
                        + RANGE_LIMIT);
            }
        }
        return Functions.range(first, more);
    }

    /** The argument as a whole number, or null to leave it to Jinjava's own range() to judge. */
    private static Long whole(Object argument) {
        if (argument instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.valueOf(String.valueOf(argument).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
