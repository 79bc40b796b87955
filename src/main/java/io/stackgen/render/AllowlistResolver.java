package io.stackgen.render;

import com.hubspot.jinjava.el.TypeConvertingMapELResolver;
import com.hubspot.jinjava.el.ext.JinjavaBeanELResolver;
import com.hubspot.jinjava.el.ext.JinjavaListELResolver;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.collections.PyList;
import com.hubspot.jinjava.util.ForLoop;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jinjava.javax.el.CompositeELResolver;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * How templates reach into objects: map keys and list items as Jinjava resolves them, and of everything Java
 * offers only what charts need — {@code map.items()}, {@code map.keys()}, {@code list.append(x)} on a list the
 * template made, and the {@code loop} variable's properties. Any other method call or bean property
 * ({@code 'x'.toUpperCase()}, {@code name.bytes}, {@code range(3).getClass()}) fails the render, so a chart from a registry cannot reach
 * classes, allocate without bound through Java methods, or change the values other templates see.
 */
final class AllowlistResolver {
    static final String ALLOWED =
            "they may call only items() and keys() on a map and append(x) on a list, and read loop.*";

    private AllowlistResolver() {
    }

    static ELResolver create() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new JinjavaListELResolver(true));
        resolver.add(new TypeConvertingMapELResolver(true));
        resolver.add(new Beans());
        return resolver;
    }

    /** Jinjava's bean resolver with everything outside the allowlist refused before it is looked up. */
    private static final class Beans extends JinjavaBeanELResolver {
        Beans() {
            super(true);
        }

        /**
         * Jinjava looks a method's name up as a property before it calls the method, so an allowed method's name
         * resolves to nothing here and goes on to {@link #invoke}.
         */
        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base instanceof ForLoop) {
                return super.getValue(context, base, property);
            }
            if (allowed(base, String.valueOf(property))) {
                return null;
            }
            throw refused(base, property);
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (!allowed(base, String.valueOf(method))) {
                throw refused(base, method);
            }
            if (base instanceof PyList && params != null && params.length > 0
                    && contains(params[0], base, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                throw new SandboxViolation("appending a list to itself (directly or inside another list or map) is not"
                        + " allowed: printing it would never end");
            }
            return super.invoke(context, base, method, types, params);
        }

        /** The chart-facing methods, and the calls Jinjava itself makes for filters and tests. */
        private static boolean allowed(Object base, String method) {
            return base instanceof Map && (method.equals("items") || method.equals("keys"))
                    || base instanceof PyList && method.equals("append")
                    || base instanceof Filter && method.equals("filter")
                    || base instanceof ExpTest && (method.equals("evaluate") || method.equals("evaluateNegated"));
        }

        private static boolean contains(Object value, Object target, Set<Object> seen) {
            if (value == target) {
                return true;
            }
            if (!seen.add(value)) {
                return false;
            }
            Iterable<?> children = value instanceof Map<?, ?> map ? map.values()
                    : value instanceof Iterable<?> iterable ? iterable : List.of();
            for (Object child : children) {
                if (contains(child, target, seen)) {
                    return true;
                }
            }
            return false;
        }

        private static SandboxViolation refused(Object base, Object name) {
            return new SandboxViolation("'" + name + "' of " + describe(base) + " is not available in templates ("
                    + ALLOWED + ")");
        }

        /** What the template sees, not the Java class behind it. */
        private static String describe(Object base) {
            if (base instanceof CharSequence) {
                return "a string";
            }
            if (base instanceof Number || base instanceof Boolean) {
                return "a " + (base instanceof Boolean ? "boolean" : "number");
            }
            if (base instanceof Map) {
                return "a map";
            }
            if (base instanceof Iterable) {
                return "a list";
            }
            return base instanceof ForLoop ? "loop" : "an object";
        }
    }
}
