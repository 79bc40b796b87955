package io.stackgen.lint.model;

import java.util.List;
import java.util.Map;

/**
 * One container (or init container) of a workload's pod template.
 *
 * @param data   the container as written
 * @param path   its path from the object root, e.g. {@code [spec, template, spec, containers, 0]}
 * @param init   whether it is an init container
 */
public record Container(Map<String, Object> data, List<Object> path, boolean init) {

    public String name() {
        return Tree.text(data, List.of("name")).orElse("");
    }

    /** The image reference, empty when unset. */
    public String image() {
        return Tree.text(data, List.of("image")).orElse("");
    }

    /** {@code command} then {@code args}, each item as text. */
    public List<String> commandLine() {
        return java.util.stream.Stream.concat(strings("command").stream(), strings("args").stream()).toList();
    }

    public List<String> strings(String field) {
        return Tree.list(data, List.of(field)).stream().map(String::valueOf).toList();
    }

    public List<?> env() {
        return Tree.list(data, List.of("env"));
    }

    public List<?> ports() {
        return Tree.list(data, List.of("ports"));
    }

    public List<?> volumeMounts() {
        return Tree.list(data, List.of("volumeMounts"));
    }

    /** The path of a field of this container, e.g. {@code at("env", 2, "value")}. */
    public List<Object> at(Object... more) {
        return Tree.path(path, more);
    }
}
