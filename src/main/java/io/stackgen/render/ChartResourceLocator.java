package io.stackgen.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.loader.ResourceLocator;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves {@code include}/{@code import} names against the chart's {@code templates/} folder, then the
 * shared library. Absolute names, names that climb out with {@code ..}, and symbolic links that lead
 * outside those two folders are refused: a chart from a registry cannot read the machine's files. Each name is
 * read once: the engine that owns the locator lives as long as one load of its chart.
 */
final class ChartResourceLocator implements ResourceLocator {
    private final Path templates;
    private final Path library;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    ChartResourceLocator(Path templates, Path library) {
        this.templates = templates;
        this.library = library;
    }

    @Override
    public String getString(String fullName, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
        String text = texts.get(fullName);
        if (text == null) {
            text = read(fullName, encoding);
            texts.putIfAbsent(fullName, text);
        }
        return text;
    }

    private String read(String fullName, Charset encoding) throws IOException {
        String name = fullName.replace('\\', '/');
        if (name.contains("\0")) {
            throw new ResourceNotFoundException(
                    "template name '" + fullName.replace("\0", "\\0") + "' holds a NUL byte");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new ResourceNotFoundException("template '" + fullName + "' is outside the chart (absolute path)");
        }
        for (Path root : new Path[] {templates, library}) {
            Path candidate = confined(root, name);
            if (candidate != null && Files.isRegularFile(candidate)) {
                return TrimmedLines.of(Files.readString(candidate, encoding));
            }
        }
        throw new ResourceNotFoundException("template '" + fullName + "' not found in the chart's templates/ or the shared library");
    }

    private static Path confined(Path root, String name) throws IOException {
        Path candidate = root.resolve(name).normalize();
        if (!candidate.startsWith(root.normalize())) {
            throw new ResourceNotFoundException("template '" + name + "' is outside the chart");
        }
        if (root.getFileSystem() == FileSystems.getDefault() && Files.exists(candidate)
                && !candidate.toRealPath().startsWith(root.toRealPath())) {
            throw new ResourceNotFoundException("template '" + name + "' links outside the chart");
        }
        return candidate;
    }
}
