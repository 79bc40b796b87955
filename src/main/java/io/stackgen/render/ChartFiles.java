package io.stackgen.render;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chart's {@code files/} folder as a map from relative path to content, read when first asked for.
 * {@code files['config/app.toml']}, {@code 'x' in files}, {@code for path, text in files.items()}. Each loaded
 * chart's folder is listed once and each file read once, for all its renders (weak keys, as the engines).
 */
final class ChartFiles extends AbstractMap<String, Object> {
    private static final Map<Chart, Listing> LISTINGS = Collections.synchronizedMap(new WeakHashMap<>());

    private record Listing(List<String> names, Map<String, String> texts) {
    }

    private final Chart chart;
    private final List<String> names;
    private final Map<String, String> cache;

    ChartFiles(Chart chart) {
        this.chart = chart;
        Listing listing = LISTINGS.computeIfAbsent(chart, c -> new Listing(ChartLoader.fileNames(c), new ConcurrentHashMap<>()));
        this.names = listing.names();
        this.cache = listing.texts();
    }

    @Override
    public Object get(Object key) {
        String name = String.valueOf(key);
        if (!names.contains(name)) {
            if (StrictMap.DICT_METHODS.contains(name)) {
                return null;
            }
            throw UndefinedValueException.key("files[\"" + name + "\"]");
        }
        return cache.computeIfAbsent(name, this::read);
    }

    /** A file larger than a template's whole output could hold is refused before it is read. */
    private String read(String name) {
        long size;
        try {
            size = Files.size(chart.filesDir().resolve(name));
        } catch (IOException e) {
            throw new SandboxViolation("files['" + name + "'] cannot be read: " + e.getMessage());
        }
        if (size > TemplateEngine.MAX_OUTPUT_BYTES) {
            throw new SandboxViolation("files['" + name + "'] is " + size + " bytes, over the limit of "
                    + TemplateEngine.MAX_OUTPUT_BYTES + " bytes for a file a template reads");
        }
        return ChartLoader.readFile(chart, name);
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(String.valueOf(key));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        names.forEach(n -> all.put(n, get(n)));
        return Collections.unmodifiableMap(all).entrySet();
    }
}
