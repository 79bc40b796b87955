package io.stackgen.values;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user's values as Helm's MergeValues combines them: -f files left to right, then every
 * --set-json, --set, --set-string, --set-file and --set-literal, each kind in command-line order.
 */
public final class UserValues {
    /** Helm applies the flag kinds in this order, whatever order they were typed in. */
    private static final List<SetMode> PRECEDENCE =
            List.of(SetMode.JSON, SetMode.TYPED, SetMode.STRING, SetMode.FILE, SetMode.LITERAL);

    private final Map<String, Object> tree;
    private final List<ValuesLayer> layers;

    private UserValues(Map<String, Object> tree, List<ValuesLayer> layers) {
        this.tree = tree;
        this.layers = List.copyOf(layers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The merged values; treat as read-only. */
    public Map<String, Object> tree() {
        return Collections.unmodifiableMap(tree);
    }

    /** The sources in the order they were applied (files, then flags by precedence). */
    public List<ValuesLayer> layers() {
        return layers;
    }

    /** Where the value at {@code path} came from: the last applied source that defines it. */
    public Optional<String> originOf(List<?> path) {
        if (!ValuesPath.contains(tree, path)) {
            return Optional.empty();
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<String> origin = layers.get(i).originOf(path);
            if (origin.isPresent()) {
                return origin;
            }
        }
        return Optional.empty();
    }

    public static final class Builder {
        private final List<ValuesLayer> files = new ArrayList<>();
        private final Map<SetMode, List<String>> flags = new EnumMap<>(SetMode.class);
        private Function<String, String> fileReader = SetParser.DISK_FILES;

        private Builder() {}

        /** A -f file; {@code -f -} is the caller's business (a layer named {@code <stdin>}). */
        public Builder valuesFile(ValuesLayer layer) {
            files.add(layer);
            return this;
        }

        public Builder set(String arg) {
            return flag(SetMode.TYPED, arg);
        }

        public Builder setString(String arg) {
            return flag(SetMode.STRING, arg);
        }

        public Builder setJson(String arg) {
            return flag(SetMode.JSON, arg);
        }

        public Builder setFile(String arg) {
            return flag(SetMode.FILE, arg);
        }

        public Builder setLiteral(String arg) {
            return flag(SetMode.LITERAL, arg);
        }

        public Builder flag(SetMode mode, String arg) {
            flags.computeIfAbsent(mode, m -> new ArrayList<>()).add(arg);
            return this;
        }

        /** How --set-file paths are read (default: from disk); may throw UncheckedIOException. */
        public Builder fileReader(Function<String, String> reader) {
            this.fileReader = reader;
            return this;
        }

        /** Applies everything in Helm's precedence; throws InputException for a bad flag. */
        public UserValues build() {
            Map<String, Object> tree = new LinkedHashMap<>();
            List<ValuesLayer> layers = new ArrayList<>(files);
            for (ValuesLayer file : files) {
                Trees.mergeInto(tree, Trees.deepCopyMap(file.tree()));
            }
            for (SetMode mode : PRECEDENCE) {
                for (String arg : flags.getOrDefault(mode, List.of())) {
                    SetParser.parseInto(arg, tree, mode, fileReader);
                    layers.add(ValuesLayer.ofFlag(mode.flag() + " " + arg, definedBy(arg, mode)));
                }
            }
            return new UserValues(tree, layers);
        }

        /** What the flag alone defines; files are not read again. */
        private static Map<String, Object> definedBy(String arg, SetMode mode) {
            Map<String, Object> alone = new LinkedHashMap<>();
            try {
                SetParser.parseInto(arg, alone, mode, path -> "");
            } catch (InputException e) {
                // Only possible when the flag relied on what was already there; it then defines what it set.
            }
            return alone;
        }
    }
}
