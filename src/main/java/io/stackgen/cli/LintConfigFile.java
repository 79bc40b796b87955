package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.lint.Glob;
import io.stackgen.lint.ObjectSelector;
import io.stackgen.lint.Suppression;
import io.stackgen.values.ValuesFile;
import io.stackgen.values.ValuesLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .stackgen.yaml}: read from {@code --config}, else from the working directory or the nearest folder above
 * it. Checked against {@code schemas/stackgen-config.schema.json}; each problem names file:line:col.
 */
final class LintConfigFile {
    static final String NAME = ".stackgen.yaml";
    private static final String SCHEMA = "stackgen-config.schema.json";

    private LintConfigFile() {
    }

    /** The suppressions of the explicit file, else of the one found upward from {@code workingDirectory}. */
    static List<Suppression> load(Optional<String> explicit, Path workingDirectory) {
        if (explicit.isPresent()) {
            Path file = workingDirectory.resolve(explicit.get());
            if (!Files.exists(file)) {
                throw new InputException("--config " + explicit.get() + ": no such file");
            }
            return parse(explicit.get(), read(file, explicit.get()));
        }
        return find(workingDirectory)
                .map(file -> {
                    String display = workingDirectory.relativize(file).toString();
                    return parse(display, read(file, display));
                })
                .orElse(List.of());
    }

    /** The nearest {@code .stackgen.yaml} in {@code start} or a folder above it. */
    static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<Suppression> parse(String display, byte[] bytes) {
        ValuesLayer file = SchemaCheckedYaml.read(display, bytes, SCHEMA);
        List<Suppression> suppressions = new ArrayList<>();
        List<?> entries = file.tree().get("suppressions") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = (Map<?, ?>) entries.get(i);
            Map<?, ?> object = (Map<?, ?>) entry.get("object");
            ObjectSelector selector = new ObjectSelector(glob(object, "kind"), glob(object, "namespace"), glob(object, "name"));
            Optional<LocalDate> expires = Optional.ofNullable((String) entry.get("expires")).map(LocalDate::parse);
            String where = file.originOf(List.of("suppressions", i)).orElse(display);
            suppressions.add(new Suppression((String) entry.get("rule"), selector, ((String) entry.get("reason")).strip(),
                    expires, where));
        }
        return suppressions;
    }

    private static Optional<Glob> glob(Map<?, ?> selector, String part) {
        return Optional.ofNullable((String) selector.get(part)).map(Glob::of);
    }

    private static byte[] read(Path file, String display) {
        return InputFiles.read(file, display, "lint config", ValuesFile.MAX_BYTES);
    }
}
