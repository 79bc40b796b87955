package io.stackgen.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.ImportTag;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.parse.TagToken;
import java.util.List;
import java.util.Map;

/**
 * {@code {% import "file" as name %}} that runs each macro file once per chart render rather than once per template
 * that imports it (every template imports the chart's helpers, which import the shared library: a sixth of a
 * render). The file's own top-level code runs in a context that sees only the render's globals
 * ({@link ReleaseScope}) — not {@code template} or the variables of whichever template imported it first — so every
 * importer gets the same macros; a file that reads them fails as an undefined name instead of differing by importer.
 * Macros, when called, run in the caller's context as before. An import whose file is not a quoted name, or that
 * imports into the template's own names (no {@code as}), runs as Jinjava runs it.
 */
final class SharedImportTag extends ImportTag {
    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        TagToken token = (TagToken) tagNode.getMaster();
        List<String> helper = getHelpers(token);
        String alias = getContextVar(helper);
        ReleaseScope scope = ReleaseScope.of(interpreter.getContext());
        String file = quotedName(helper.get(0));
        if (scope == null || alias.isBlank() || file == null) {
            return super.interpret(tagNode, interpreter);
        }
        Map<String, Object> names = scope.imported(file);
        if (names == null) {
            names = importInto(scope, tagNode, interpreter, alias);
            if (names == null) {
                return "";
            }
            scope.remember(file, names);
        }
        interpreter.getContext().put(alias, names);
        return "";
    }

    /**
     * Runs the import for an importer that sees only the scope ({@link ReleaseScope#importer}); its errors become
     * the template's.
     *
     * @return the names the file defines, or null when it reported errors
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> importInto(ReleaseScope scope, TagNode tagNode, JinjavaInterpreter interpreter, String alias) {
        JinjavaInterpreter importer = scope.importer();
        importer.setLineNumber(interpreter.getLineNumber());
        importer.setPosition(interpreter.getPosition());
        try {
            super.interpret(tagNode, importer);
        } finally {
            // also when the sandbox stops the import at its first error by throwing
            importer.getErrors().forEach(interpreter::addError);
        }
        if (!importer.getErrors().isEmpty()) {
            return null;
        }
        return (Map<String, Object>) importer.getContext().get(alias);
    }

    /** The file name of a literal {@code "name"} or {@code 'name'}, or null for an expression. */
    private static String quotedName(String helper) {
        String text = helper.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)
                && text.indexOf(text.charAt(0), 1) == text.length() - 1) {
            return text.substring(1, text.length() - 1);
        }
        return null;
    }
}
