package io.stackgen.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.List;

/** Takes the place of a Jinjava filter that would break the sandbox, and says why it is not there. */
final class RefusedFilter implements Filter {
    /**
     * {@code render} evaluates a value as a template; {@code center}, {@code format} and {@code batch} build a
     * string or list as large as a number argument in one step, before any size limit can look at it.
     */
    static final List<RefusedFilter> ALL = List.of(
            new RefusedFilter("render", "values are never evaluated as templates"),
            new RefusedFilter("center", "its width builds unbounded strings"),
            new RefusedFilter("format", "its widths build unbounded strings; use ~ to join text"),
            new RefusedFilter("batch", "its size builds unbounded lists"));

    private final String name;
    private final String reason;

    private RefusedFilter(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        throw new SandboxViolation("the " + name + " filter is not available: " + reason);
    }
}
