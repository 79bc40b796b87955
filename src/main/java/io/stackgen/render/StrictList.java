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

    @Override
    public void add(int index, Object element) {
        throw readOnly();
    }

    @Override
    public Object set(int index, Object element) {
        throw readOnly();
    }

    @Override
    public Object remove(int index) {
        throw readOnly();
    }

    /** One template, or one release of a fleet, must not change what the next one reads. */
    private SandboxViolation readOnly() {
        return new SandboxViolation("values are read-only: " + path + " cannot be changed; copy it first ("
                + path + " | list)");
    }

    public List<Object> unwrap() {
        return delegate;
    }
}
