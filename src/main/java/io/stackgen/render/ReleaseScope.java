package io.stackgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.util.HashMap;
import java.util.Map;

/**
 * What every template of one chart's render shares: the globals ({@code values}, {@code release}, {@code chart},
 * {@code capabilities}, {@code files}) and the macro files imported so far. Each template renders in a context of its
 * own that extends this one and adds {@code template}, which names it.
 */
final class ReleaseScope extends UnrecordedContext {
    private final Jinjava jinjava;
    private final Map<String, Map<String, Object>> imports = new HashMap<>();

    /**
     * @param library a top-level context of {@code jinjava} holding its tags, filters and functions (Jinjava copies
     *                them into every top-level context: one per render, not one per template)
     */
    ReleaseScope(Jinjava jinjava, Context library, Map<String, Object> globals) {
        super(library, globals);
        this.jinjava = jinjava;
    }

    /** An interpreter for one template, in a context of its own that extends this scope. */
    JinjavaInterpreter templateInterpreter(String name, String basePath) {
        return interpreter(new UnrecordedContext(this, Map.of("template",
                new StrictMap(Map.of("name", name, "basePath", basePath), "template"))));
    }

    /**
     * An interpreter for importing a macro file, in a context that sees only this scope and shares its import stack
     * (so that a cycle of files imported this way is still found).
     */
    JinjavaInterpreter importer() {
        return interpreter(new UnrecordedContext(this, false));
    }

    private JinjavaInterpreter interpreter(Context context) {
        return jinjava.getGlobalConfig().getInterpreterFactory().newInstance(jinjava, context, jinjava.getGlobalConfig());
    }

    /** The scope that {@code context} is part of, or null outside a chart render. */
    static ReleaseScope of(Context context) {
        for (Context c = context; c != null; c = c.getParent()) {
            if (c instanceof ReleaseScope scope) {
                return scope;
            }
        }
        return null;
    }

    /** The names a macro file defines, once it has been imported without error in this render; else null. */
    Map<String, Object> imported(String file) {
        return imports.get(file);
    }

    void remember(String file, Map<String, Object> names) {
        imports.put(file, names);
    }
}
