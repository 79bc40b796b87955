package io.stackgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes an engine's interpreters parse each template text once: a fleet renders the same templates, and every
 * template imports the same macro files, for every release. A parsed tree is read-only while it renders, so one
 * tree serves every render and thread; a text that parsed with errors is parsed again each time, so that every
 * render reports them.
 */
final class ParsedTemplates implements InterpreterFactory {
    private final Map<String, Node> trees = new ConcurrentHashMap<>();

    @Override
    public JinjavaInterpreter newInstance(JinjavaInterpreter orig) {
        return new Interpreter(orig, this);
    }

    @Override
    public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig renderConfig) {
        return new Interpreter(application, context, renderConfig, this);
    }

    private static final class Interpreter extends JinjavaInterpreter {
        private final ParsedTemplates parsed;

        Interpreter(JinjavaInterpreter orig, ParsedTemplates parsed) {
            super(orig);
            this.parsed = parsed;
        }

        Interpreter(Jinjava application, Context context, JinjavaConfig config, ParsedTemplates parsed) {
            super(application, context, config);
            this.parsed = parsed;
        }

        @Override
        public Node parse(String template) {
            Node tree = parsed.trees.get(template);
            if (tree == null) {
                int errors = getErrors().size();
                tree = super.parse(template);
                if (getErrors().size() == errors) {
                    parsed.trees.putIfAbsent(template, tree);
                }
            }
            return tree;
        }
    }
}
