package io.stackgen.cli;

import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fleet of releases of all four charts, written as a fleet file with its values files beside it, and the same
 * releases as one {@code stackgen render} command line each.
 */
final class FleetFixture {
    private static final String CASES = "reference/cases/";

    record TestRelease(String name, String chart, String namespace, List<String> values, List<String> set,
                       List<String> setString, List<String> setJson, List<String> groups) {

        /** {@code stackgen render NAME CHART -n NS -f ... --set ...}, values files named from {@code dir}. */
        List<String> renderArgs(Path dir) {
            List<String> args = new ArrayList<>(List.of("render", name, chart, "-n", namespace));
            values.forEach(v -> args.addAll(List.of("-f", dir.resolve(v).toString())));
            set.forEach(s -> args.addAll(List.of("--set", s)));
            setString.forEach(s -> args.addAll(List.of("--set-string", s)));
            setJson.forEach(s -> args.addAll(List.of("--set-json", s)));
            return args;
        }
    }

    static final List<TestRelease> RELEASES = List.of(
            new TestRelease("eu-1", "linera-validator", "validators", List.of("values/lv-minimal.yaml"),
                    List.of("shards.replicas=3"), List.of("validatorLabel=007"), List.of(), List.of("prod", "eu")),
            new TestRelease("eu-2", "linera-validator", "eu", List.of("values/lv-gateway.yaml"),
                    List.of(), List.of(), List.of(), List.of("staging", "eu")),
            new TestRelease("us-1", "linera-validator", "us", List.of("values/lv-minimal.yaml", "values/lv-dedicated.yaml"),
                    List.of(), List.of(), List.of("proxies={\"replicas\":3}"), List.of("prod", "us")),
            new TestRelease("stack-1", "linera-validator-stack", "validators", List.of("values/stack.yaml"),
                    List.of(), List.of(), List.of(), List.of("prod")),
            new TestRelease("exporter-1", "linera-block-exporter", "validators", List.of("values/exporter.yaml"),
                    List.of(), List.of(), List.of(), List.of("staging")),
            new TestRelease("linea-1", "linea-stack", "linea", List.of("values/linea.yaml"),
                    List.of(), List.of(), List.of(), List.of("staging")),
            new TestRelease("linea-2", "linea-stack", "validators", List.of(),
                    List.of("besu.hpa.minReplicas=2"), List.of(), List.of(), List.of()));

    private FleetFixture() {
    }

    /** Writes the fleet file and its values files into {@code dir}; returns the fleet file. */
    static Path write(Path dir) {
        copy(CASES + "linera-validator/minimal.values.yaml", dir.resolve("values/lv-minimal.yaml"));
        copy(CASES + "linera-validator/gateway-prefixed.values.yaml", dir.resolve("values/lv-gateway.yaml"));
        copy(CASES + "linera-validator/example-dedicated-storage-nodes.overlay.yaml", dir.resolve("values/lv-dedicated.yaml"));
        copy(CASES + "linera-validator-stack/minimal.values.yaml", dir.resolve("values/stack.yaml"));
        copy(CASES + "linera-block-exporter/two-destinations.values.yaml", dir.resolve("values/exporter.yaml"));
        copy(CASES + "linea-stack/backup-and-secrets.values.yaml", dir.resolve("values/linea.yaml"));
        StringBuilder yaml = new StringBuilder("defaults:\n  namespace: validators\nreleases:\n");
        for (TestRelease release : RELEASES) {
            yaml.append("  - name: ").append(release.name()).append('\n');
            yaml.append("    chart: ").append(release.chart()).append('\n');
            if (!release.namespace().equals("validators")) {
                yaml.append("    namespace: ").append(release.namespace()).append('\n');
            }
            list(yaml, "values", release.values());
            list(yaml, "set", release.set());
            list(yaml, "setString", release.setString());
            list(yaml, "setJson", release.setJson());
            list(yaml, "groups", release.groups());
        }
        return write(dir.resolve("stackgen.fleet.yaml"), yaml.toString());
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestRelease release(String name) {
        return RELEASES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void list(StringBuilder yaml, String key, List<String> items) {
        if (!items.isEmpty()) {
            yaml.append("    ").append(key).append(": [")
                    .append(items.stream().map(FleetFixture::singleQuoted).collect(Collectors.joining(", "))).append("]\n");
        }
    }

    private static String singleQuoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void copy(String fixture, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(Fixtures.path(fixture), to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
