package io.stackgen.hostile;

import io.stackgen.support.TestChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small chart with many templates, fleets of it, and snapshots of output folders (hidden entries included). */
final class OutputFixture {
    private OutputFixture() {
    }

    /**
     * Chart {@code demo} in {@code dir}: {@code templates} ConfigMaps carrying {@code values.greeting}, checked by a
     * schema that wants {@code replicas} an integer, and one template that fails when {@code values.broken} is set.
     */
    static Path chart(Path dir, int templates) {
        TestChart chart = TestChart.in(dir).values("greeting: hello\nreplicas: 1\nbroken: false\n")
                .file("values.schema.json", "{\"type\":\"object\",\"properties\":{\"replicas\":{\"type\":\"integer\"}}}");
        for (int i = 0; i < templates; i++) {
            chart.template(String.format("cm-%03d.yaml.j2", i), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "
                    + "{{ release.name }}-" + i + "\ndata:\n  greeting: {{ values.greeting | quote }}\n");
        }
        chart.template("zz-last.yaml.j2", "{% if values.broken %}{{ fail('broken on purpose') }}{% endif %}"
                + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: last\n");
        return dir;
    }

    /** A fleet file {@code fleet.yaml} in {@code dir}: releases r000… of {@code chart}, each with these --set values. */
    static Path fleet(Path dir, Path chart, int releases, Map<Integer, String> setByRelease, String greeting) {
        StringBuilder yaml = new StringBuilder("releases:\n");
        for (int i = 0; i < releases; i++) {
            yaml.append(String.format("  - name: r%03d%n    chart: %s%n    set: [\"greeting=%s\"", i, chart, greeting));
            if (setByRelease.containsKey(i)) {
                yaml.append(", \"").append(setByRelease.get(i)).append('"');
            }
            yaml.append("]\n");
        }
        return write(dir.resolve("fleet.yaml"), yaml.toString());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code dir} by relative path, with its content; folders as "path/". */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.filter(p -> !p.equals(dir)).toList()) {
                String relative = dir.relativize(path).toString();
                files.put(Files.isDirectory(path) ? relative + "/" : relative,
                        Files.isDirectory(path) ? "" : Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Names in {@code dir}, sorted, hidden ones included. */
    static List<String> listing(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
