package io.stackgen.render.filters;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import io.stackgen.render.StrictValues;
import java.util.Map;

/** A filter defined by a name and a function of the (unwrapped) input and arguments. */
final class NamedFilter implements Filter {
    interface Body {
        Object apply(Object input, Object[] args);
    }

    private final String name;
    private final Body body;

    NamedFilter(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        return body.apply(var, args);
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return body.apply(var, args);
    }

    static Object plain(Object value) {
        return StrictValues.unwrap(value);
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    static Object arg(Object[] args, int index, String filter, String what) {
        if (args.length <= index || args[index] == null) {
            throw new IllegalArgumentException(filter + ": missing argument " + (index + 1) + " (" + what + ")");
        }
        return args[index];
    }

    static int intArg(Object[] args, int index, String filter, String what) {
        Object value = arg(args, index, filter, what);
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(filter + ": argument " + (index + 1) + " (" + what + ") must be a whole number, got '" + value + "'");
        }
    }
}
