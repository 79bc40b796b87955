package io.stackgen.render;

import com.hubspot.jinjava.interpret.Context;
import java.util.Map;

/**
 * A context that keeps no record of what the render resolved. Jinjava adds every expression, variable and function
 * it resolves to the context it resolves them in and to every context above it, for its eager-execution mode, which
 * stackgen does not use: nobody reads these records, and adding to them cost a twelfth of a fleet's render. A
 * context made by Jinjava itself below this one (a macro call, a loop) still records, but stops here.
 */
class UnrecordedContext extends Context {
    UnrecordedContext(Context parent, Map<String, ?> bindings) {
        super(parent, bindings);
    }

    /** @param makeNewCallStacks false to share the parent's include, import and macro stacks (see {@link Context}) */
    UnrecordedContext(Context parent, boolean makeNewCallStacks) {
        super(parent, null, null, makeNewCallStacks);
    }

    @Override
    public void addResolvedExpression(String expression) {
    }

    @Override
    public void addResolvedValue(String value) {
    }

    @Override
    public void addResolvedFunction(String function) {
    }
}
