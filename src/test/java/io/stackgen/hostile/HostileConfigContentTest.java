package io.stackgen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Fixtures;
import io.stackgen.support.Hostile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Config files inside ConfigMaps and Secrets are input too: rules that read them (SEC01's config scan, DS15's
 * server.json, DS14's horcrux config) must neither crash nor hang on a value nested ten thousand levels deep or
 * built of doubling aliases. The object is linted; the value is simply not read as a config file.
 */
class HostileConfigContentTest {
    private static final String DEEP_FLOW_LIST = "[".repeat(20_000) + "]".repeat(20_000);
    private static final String DEEP_FLOW_MAP = "a: " + "{b: ".repeat(20_000) + "1" + "}".repeat(20_000);
    private static final String DEEP_BLOCK_MAP = IntStream.range(0, 3_000).mapToObj(i -> " ".repeat(i) + "k:")
            .collect(Collectors.joining("\n")) + " 1";
    /** 46 aliases, within snakeyaml's limit of 50, that expand to 2^24 values. */
    private static final String DOUBLING_ALIASES = "a: &a [x, x]\n" + IntStream.range(1, 24)
            .mapToObj(i -> "k" + i + ": &a" + i + " [*" + (i == 1 ? "a" : "a" + (i - 1)) + ", *" + (i == 1 ? "a" : "a" + (i - 1)) + "]")
            .collect(Collectors.joining("\n")) + "\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deep flow list", "deep flow map", "deep block map", "doubling aliases"})
    void aConfigMapValueIsLintedWithoutBeingReadAsAConfig(String shape) throws IOException {
        Path file = tmp.resolve("cm.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  config.yaml: |\n"
                + indented(content(shape)));

        Hostile.Outcome run = Hostile.run("lint", file.toString(), "--fail-on", "never").fails(0);
        assertThat(run.err()).as(run.describe()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deep flow list", "deep flow map", "deep block map", "doubling aliases"})
    void aLineraServerJsonIsLintedWithoutBeingRead(String shape) throws IOException {
        String fixture = Files.readString(Fixtures.path("lint/DS15/fires-more-replicas-than-configured.yaml"));
        int start = fixture.indexOf("  serverConfig: |");
        int end = fixture.indexOf("---");
        Path file = tmp.resolve("linera.yaml");
        Files.writeString(file, fixture.substring(0, start) + "  serverConfig: |\n" + indented(content(shape))
                + fixture.substring(end));

        Hostile.Outcome run = Hostile.run("lint", file.toString(), "--fail-on", "never").fails(0);
        assertThat(run.err()).as(run.describe()).isEmpty();
    }

    private static String content(String shape) {
        return switch (shape) {
            case "deep flow list" -> DEEP_FLOW_LIST;
            case "deep flow map" -> DEEP_FLOW_MAP;
            case "deep block map" -> DEEP_BLOCK_MAP;
            default -> DOUBLING_ALIASES;
        };
    }

    private static String indented(String text) {
        return text.lines().map(line -> "    " + line).collect(Collectors.joining("\n")) + "\n";
    }
}
