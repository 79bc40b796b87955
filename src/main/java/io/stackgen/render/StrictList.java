package io.stackgen.render;

import java.util.AbstractList;
import java.util.List;

/** A read-only list view whose map elements are {@link StrictMap}s too. */
public final class StrictList extends AbstractList<Object> {
    private final List<Object> delegate;
    private final String path;

    public StrictList(List<Object> delegate, String path) {
        this.delegate = delegate;
        this.path = path;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= delegate.size()) {
            throw UndefinedValueException.key(path + "[" + index + "]");
        }
        return StrictValues.wrap(delegate.get(index), () -> path + "[" + index + "]");
    }

    @Override
    public int size() {
        return delegate.size();
    }

    public List<Object> unwrap() {
        return delegate;
    }
}
