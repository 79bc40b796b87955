package io.stackgen.render;

import java.util.AbstractMap;
import io.stackgen.values.ValuesPath;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A read-only view of a values map for templates. Reading a key that is not there fails the render
 * with the full path of the key, in every position (output, {@code if}, {@code for}, filter input),
 * which Jinjava's own strict mode does not cover. Iteration is in key order, as Helm ranges over maps.
 * Use {@code 'key' in map} to test for an optional key.
 */
public final class StrictMap extends AbstractMap<String, Object> {
    /** Python dict methods Jinjava resolves after a property lookup of the same name comes back empty. */
    static final Set<String> DICT_METHODS = Set.of("items", "keys", "values");

    private final Map<String, Object> delegate;
    private final String path;

    public StrictMap(Map<String, Object> delegate, String path) {
        this.delegate = delegate;
        this.path = path;
    }

    @Override
    public Object get(Object key) {
        if (!delegate.containsKey(key)) {
            if (DICT_METHODS.contains(key)) {
                return null;
            }
            throw UndefinedValueException.key(childPath(String.valueOf(key)));
        }
        return StrictValues.wrap(delegate.get(key), () -> childPath(String.valueOf(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> sorted = new TreeMap<>();
        delegate.forEach((k, v) -> sorted.put(k, StrictValues.wrap(v, () -> childPath(k))));
        return Collections.unmodifiableMap(sorted).entrySet();
    }

    /**
     * The keys in order, without the views of their values that {@link #entrySet} makes: Jinjava's {@code 'key' in map}
     * looks at the first key before it asks {@link #containsKey}.
     */
    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(new TreeSet<>(delegate.keySet()));
    }

    /** Python's {@code dict.items()}, for maps that reach a template through a filter. */
    public Set<Entry<String, Object>> items() {
        return entrySet();
    }

    /** Python's {@code dict.keys()}, in key order. */
    public Set<String> keys() {
        return new TreeMap<>(delegate).keySet();
    }

    /** The plain data behind this view, for filters that serialise it. */
    public Map<String, Object> unwrap() {
        return delegate;
    }

    public String path() {
        return path;
    }

    /** The child's path, spelled as schema errors spell paths ({@link ValuesPath}). */
    private String childPath(String key) {
        String segment = ValuesPath.render(List.of(key));
        if (path.isEmpty() || segment.startsWith("[")) {
            return path + segment;
        }
        return path + "." + segment;
    }
}
