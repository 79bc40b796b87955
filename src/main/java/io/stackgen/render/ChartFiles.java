package io.stackgen.render;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chart's {@code files/} folder as a map from relative path to content, read when first asked for.
 * {@code files['config/app.toml']}, {@code 'x' in files}, {@code for path, text in files.items()}.
 */
final class ChartFiles extends AbstractMap<String, Object> {
    private final Chart chart;
    private final List<String> names;
    private final Map<String, String> cache = new LinkedHashMap<>();

    ChartFiles(Chart chart) {
        this.chart = chart;
        this.names = ChartLoader.fileNames(chart);
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
        return cache.computeIfAbsent(name, n -> ChartLoader.readFile(chart, n));
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
