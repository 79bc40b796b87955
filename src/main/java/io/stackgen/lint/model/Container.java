package io.stackgen.lint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One container (or init container) of a workload's pod template. The fields most rules read (name, image, env,
 * ports, command line) are read once; the container data is not changed after reading.
 */
public final class Container {
    private final Map<String, Object> data;
    private final List<Object> path;
    private final boolean init;
    private final String name;
    private final String image;
    private final List<?> env;
    private final List<?> ports;
    private final List<?> volumeMounts;
    private final List<String> command;
    private final List<String> args;

    /**
     * @param data the container as written
     * @param path its path from the object root, e.g. {@code [spec, template, spec, containers, 0]}
     * @param init whether it is an init container
     */
    public Container(Map<String, Object> data, List<Object> path, boolean init) {
        this.data = data;
        this.path = path;
        this.init = init;
        this.name = Tree.text(data, List.of("name")).orElse("");
        this.image = Tree.text(data, List.of("image")).orElse("");
        this.env = Tree.list(data, List.of("env"));
        this.ports = Tree.list(data, List.of("ports"));
        this.volumeMounts = Tree.list(data, List.of("volumeMounts"));
        this.command = texts(data.get("command"));
        this.args = texts(data.get("args"));
    }

    public Map<String, Object> data() {
        return data;
    }

    public List<Object> path() {
        return path;
    }

    public boolean init() {
        return init;
    }

    public String name() {
        return name;
    }

    /** The image reference, empty when unset. */
    public String image() {
        return image;
    }

    /** {@code command} then {@code args}, each item as text. */
    public List<String> commandLine() {
        if (command.isEmpty() || args.isEmpty()) {
            return command.isEmpty() ? args : command;
        }
        List<String> all = new ArrayList<>(command.size() + args.size());
        all.addAll(command);
        all.addAll(args);
        return List.copyOf(all);
    }

    public List<String> strings(String field) {
        return switch (field) {
            case "command" -> command;
            case "args" -> args;
            default -> texts(data.get(field));
        };
    }

    public List<?> env() {
        return env;
    }

    public List<?> ports() {
        return ports;
    }

    public List<?> volumeMounts() {
        return volumeMounts;
    }

    /** The path of a field of this container, e.g. {@code at("env", 2, "value")}. */
    public List<Object> at(Object... more) {
        return Tree.path(path, more);
    }

    @Override
    public String toString() {
        return "container " + name + " at " + path;
    }

    private static List<String> texts(Object items) {
        if (!(items instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(list.size());
        for (Object item : list) {
            texts.add(String.valueOf(item));
        }
        return List.copyOf(texts);
    }
}
