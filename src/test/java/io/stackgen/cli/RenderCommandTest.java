package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final String CASES = "reference/cases/linera-validator/";
    private static final String MINIMAL = Fixtures.file(CASES + "minimal.values.yaml");
    private static final String GATEWAY = Fixtures.file(CASES + "gateway-prefixed.values.yaml");

    @TempDir
    Path tmp;

    @Test
    void missingImageRepositoryIsOneLineNamingTheValue() {
        CliRun run = CliRun.of("render", "rel", "linera-validator", "-n", "validators",
                "-f", Fixtures.file(CASES + "example-dedicated-storage-nodes.overlay.yaml"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains("validatorImage.repository")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void typeErrorInValuesFileNamesFileLineColumnAndPath() throws IOException {
        Path values = tmp.resolve("prod.yaml");
        Files.writeString(values, "validatorImage:\n  repository: r.example/linera\nshards:\n  replicas: many\n");

        CliRun run = CliRun.of("render", "linera-validator", "-f", values.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(values + ":4:13: shards.replicas:").contains("integer");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badSetFlagNamesTheArgument() {
        CliRun run = CliRun.of("render", "linera-validator", "-f", MINIMAL, "--set", "shards.replicas[=1");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("--set 'shards.replicas[=...'").doesNotContain("Exception");
    }

    @Test
    void wrongTypeFromSetFlagNamesTheFlag() {
        CliRun run = CliRun.of("render", "linera-validator", "-f", MINIMAL, "--set", "shards.replicas=abc");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("--set shards.replicas=...: shards.replicas:");
    }

    @Test
    void unknownChartAndMissingValuesFileAreClearErrors() {
        CliRun noChart = CliRun.of("render", "no-such-chart");
        CliRun noFile = CliRun.of("render", "linera-validator", "-f", tmp.resolve("absent.yaml").toString());

        assertThat(noChart.exitCode()).isEqualTo(2);
        assertThat(noChart.err()).contains("no chart 'no-such-chart'").contains("linera-validator");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("absent.yaml: no such values file");
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        CliRun first = CliRun.of("render", "rel", "linera-validator", "-f", GATEWAY);
        CliRun second = CliRun.of("render", "rel", "linera-validator", "-f", GATEWAY);

        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(second.out()).isEqualTo(first.out()).isNotEmpty();
    }

    @Test
    void outputDirHoldsStdoutSplitBySource() throws IOException {
        CliRun stdout = CliRun.of("render", "rel", "linera-validator", "-f", GATEWAY);
        CliRun dir = CliRun.of("render", "rel", "linera-validator", "-f", GATEWAY, "--output-dir", tmp.toString());

        assertThat(dir.exitCode()).as(dir.describe()).isZero();
        assertThat(dir.out()).isEmpty();
        Map<String, String> expected = splitBySource(stdout.out());
        Map<String, String> written = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                written.put(tmp.relativize(file).toString(), Files.readString(file));
            }
        }
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void failedRenderLeavesPreviousOutputDirIntact() throws IOException {
        CliRun good = CliRun.of("render", "rel", "linera-validator", "-f", GATEWAY, "--output-dir", tmp.toString());
        assertThat(good.exitCode()).isZero();
        Map<String, String> before = snapshot(tmp);

        CliRun bad = CliRun.of("render", "rel", "linera-validator", "-f", GATEWAY, "--set", "shards.replicas=0",
                "--output-dir", tmp.toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void showOnlyKeepsOneTemplate() {
        CliRun run = CliRun.of("render", "rel", "linera-validator", "-f", MINIMAL, "--show-only", "templates/shards.yaml");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("# Source: linera-validator/templates/shards.yaml")
                .doesNotContain("templates/proxy.yaml");
        assertThat(CliRun.of("render", "linera-validator", "-f", MINIMAL, "-s", "templates/nope.yaml").err())
                .contains("could not find template templates/nope.yaml");
    }

    @Test
    void valuesFromStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(
                    "validatorImage:\n  repository: from.stdin/linera\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("render", "linera-validator", "-f", "-", "-s", "templates/shards.yaml");
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out()).contains("image: from.stdin/linera:0.13.0");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void releaseNameAndNamespaceReachTheTemplates() {
        CliRun run = CliRun.of("render", "validator-7", "linera-validator", "-n", "prod", "-f", MINIMAL,
                "-s", "templates/serviceaccount.yaml");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("name: validator-7-linera-validator")
                .contains("app.kubernetes.io/instance: validator-7");
    }

    private static Map<String, String> splitBySource(String stream) {
        Map<String, String> bySource = new LinkedHashMap<>();
        for (String part : stream.split("(?m)^(?=---\\n# Source: )")) {
            if (part.isBlank()) {
                continue;
            }
            String source = part.lines().skip(1).findFirst().orElseThrow().substring("# Source: ".length());
            bySource.merge(source, part, String::concat);
        }
        Map<String, String> sorted = new java.util.TreeMap<>(bySource);
        return new LinkedHashMap<>(sorted);
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return files;
    }
}
