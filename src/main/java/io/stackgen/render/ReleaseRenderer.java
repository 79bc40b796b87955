package io.stackgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.CollectionTooBigException;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.MacroTagCycleException;
import com.hubspot.jinjava.interpret.OutputTooBigException;
import com.hubspot.jinjava.interpret.TagCycleException;
import com.hubspot.jinjava.interpret.TemplateError;
import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartScope;
import io.stackgen.common.InputException;
import io.stackgen.common.UserText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders every template of a chart (partials, whose names start with {@code _}, are only imported)
 * for one set of final values. Any template error fails the whole render with
 * {@code <chart>/templates/<file>:<line>: <cause>}.
 */
public final class ReleaseRenderer {
    /**
     * Each loaded chart's templates as prepared for the engine, read once: a fleet renders them for every release.
     * Weak keys, as the engines ({@link TemplateEngine}).
     */
    private static final Map<Chart, Map<String, String>> TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    private final Chart chart;
    private final String sourceRoot;
    private final Jinjava jinjava;

    /** @param sourceRoot the chart's place in source names: its name, or {@code parent/charts/<key>} */
    private ReleaseRenderer(Chart chart, String sourceRoot) {
        this.chart = chart;
        this.sourceRoot = sourceRoot;
        this.jinjava = TemplateEngine.forChart(chart);
    }

    /**
     * Every chart of a release, each with its own values and chart context and the shared release, in
     * Helm's order: by source name ({@code umbrella/charts/…} before {@code umbrella/templates/…}).
     */
    public static List<RenderedTemplate> renderAll(ChartScope root, Release release) {
        List<RenderedTemplate> out = new ArrayList<>();
        for (ChartScope scope : root.all()) {
            out.addAll(new ReleaseRenderer(scope.chart(), scope.sourceRoot()).render(scope.values(), release));
        }
        out.sort(Comparator.comparing(RenderedTemplate::source));
        return List.copyOf(out);
    }

    public List<RenderedTemplate> render(Map<String, Object> values, Release release) {
        ReleaseScope scope = new ReleaseScope(jinjava, jinjava.getGlobalContextCopy(),
                TemplateContext.build(chart, values, release));
        scope.setDynamicVariableResolver(ReleaseRenderer::constantOrFail);
        List<RenderedTemplate> out = new ArrayList<>();
        for (String template : chart.templates()) {
            if (isPartial(template)) {
                continue;
            }
            out.add(renderOne(template, scope));
        }
        return out;
    }

    /** Jinja's spelled-out constants, which Jinjava's parser leaves to variable lookup; anything else is undefined. */
    private static Object constantOrFail(String name) {
        return switch (name) {
            case "none", "None" -> null;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> throw UndefinedValueException.variable(name);
        };
    }

    private static boolean isPartial(String template) {
        String base = template.substring(template.lastIndexOf('/') + 1);
        return base.startsWith("_");
    }

    private RenderedTemplate renderOne(String template, ReleaseScope scope) {
        String file = chart.display("templates/" + template);
        String source = sourceRoot + "/templates/" + template.substring(0, template.length() - ".j2".length());
        String text = text(template, file);
        RenderClock.entering(file);
        JinjavaInterpreter interpreter = scope.templateInterpreter(source, sourceRoot + "/templates");
        JinjavaInterpreter.pushCurrent(interpreter);
        String output;
        try {
            output = interpreter.render(text);
        } catch (InterpretException e) {
            TemplateError first = interpreter.getLastError().isPresent() ? interpreter.getErrors().get(0)
                    : FirstErrorStop.in(e).orElse(null);
            if (first != null) {
                throw new InputException(describe(file, first));
            }
            String line = e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "";
            throw new InputException(file + line + ": " + UserText.redactForeign(rootMessage(e)));
        } catch (StackOverflowError e) {
            throw new InputException(file + at(0)
                    + ": the template nests too deeply (a structure that contains itself?)");
        } finally {
            JinjavaInterpreter.popCurrent();
        }
        if (!interpreter.getErrors().isEmpty()) {
            throw new InputException(describe(file, interpreter.getErrors().get(0)));
        }
        return new RenderedTemplate(source, file, output);
    }

    private String text(String template, String file) {
        Map<String, String> texts = TEXTS.computeIfAbsent(chart, c -> new ConcurrentHashMap<>());
        String text = texts.get(template);
        if (text == null) {
            try {
                text = TrimmedLines.of(Files.readString(chart.templatesDir().resolve(template), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(file + ": cannot read: " + e.getMessage());
            }
            texts.putIfAbsent(template, text);
        }
        return text;
    }

    private String describe(String file, TemplateError error) {
        if (error.getException() instanceof TagCycleException cycle) {
            return file + at(error.getLineno()) + ": " + cycle(cycle);
        }
        String where = error.getSourceTemplate()
                .filter(s -> !s.isBlank())
                .map(s -> chart.display("templates/" + s))
                .orElse(file);
        // fail()/required() texts are the chart author's and Jinjava quotes values: either may carry a secret
        return where + at(error.getLineno()) + ": " + UserText.redactForeign(cause(error));
    }

    /** {@code :line}, from the render's progress when Jinjava did not say (output size, macro cycles). */
    private static String at(int line) {
        int known = line > 0 ? line : RenderClock.line();
        return known > 0 ? ":" + known : "";
    }

    private static String cycle(TagCycleException cycle) {
        if (cycle instanceof MacroTagCycleException) {
            return "macro '" + cycle.getPath() + "' calls itself, directly or through other macros: recursive macros"
                    + " are not allowed";
        }
        String tag = cycle.getTagName().toLowerCase(Locale.ROOT);
        return "'" + cycle.getPath() + "' reaches itself again through " + tag + ": " + tag + " cycles are not allowed";
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceAll("\\s+", " ").trim();
    }

    private static String cause(TemplateError error) {
        for (Throwable t = error.getException(); t != null; t = t.getCause()) {
            if (t instanceof TemplateFailure || t instanceof UndefinedValueException || t instanceof SandboxViolation
                    || t instanceof CollectionTooBigException || t instanceof OutputTooBigException
                    || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
        }
        String message = error.getMessage() == null ? String.valueOf(error.getReason()) : error.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
