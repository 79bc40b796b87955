package io.stackgen.chart;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The charts, shared template library and schemas packed into stackgen's jar (or its classes folder). */
public final class BuiltinCharts {
    public static final List<String> NAMES =
            List.of("linera-validator", "linera-block-exporter", "linera-validator-stack", "linea-stack");
    private static final String ROOT = "stackgen";
    /**
     * Set by the launcher when stackgen runs from a source checkout: built-in charts are then read from
     * the checkout, so chart edits show without rebuilding the jar.
     */
    public static final String HOME_PROPERTY = "stackgen.home";

    private BuiltinCharts() {
    }

    public static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    public static Path chart(String name) {
        return resource("charts/" + name);
    }

    public static Path library() {
        return resource("templates");
    }

    private static Path resource(String relative) {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && Files.isDirectory(Path.of(home, relative))) {
            return Path.of(home, relative);
        }
        String name = ROOT + "/" + relative;
        URL url = BuiltinCharts.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new InputException("built-in resource '" + relative + "' is missing from this stackgen build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open built-in resource " + url, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
