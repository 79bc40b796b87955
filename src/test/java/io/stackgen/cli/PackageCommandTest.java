package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.packaging.ChartArchive;
import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.StackgenProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class PackageCommandTest {
    private static final String MINIMAL = Fixtures.root().resolve("charts/linera-validator/examples/minimal.yaml").toString();

    @TempDir
    Path temp;

    @Test
    void packagingTwiceGivesTheSameBytes() throws IOException, NoSuchAlgorithmException {
        CliRun first = CliRun.of("package", "v1", "linera-validator", "-f", MINIMAL, "-d", temp.resolve("a").toString());
        CliRun second = CliRun.of("package", "v1", "linera-validator", "-f", MINIMAL, "-d", temp.resolve("b").toString());

        byte[] a = Files.readAllBytes(temp.resolve("a/linera-validator-0.2.1.tgz"));
        byte[] b = Files.readAllBytes(temp.resolve("b/linera-validator-0.2.1.tgz"));
        assertThat(a).isEqualTo(b);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(a));
        assertThat(first.out()).isEqualTo("Packaged " + temp.resolve("a/linera-validator-0.2.1.tgz") + " (sha256:" + sha256 + ")\n");
        assertThat(second.out()).endsWith("(sha256:" + sha256 + ")\n");

        CliRun sourceA = CliRun.of("package", "--source", "linera-validator-stack", "-d", temp.resolve("a").toString());
        CliRun sourceB = CliRun.of("package", "--source", "linera-validator-stack", "-d", temp.resolve("b").toString());
        assertThat(sourceA.exitCode()).as(sourceA.describe()).isZero();
        assertThat(Files.readAllBytes(temp.resolve("a/linera-validator-stack-0.2.2.stackgen.tgz")))
                .isEqualTo(Files.readAllBytes(temp.resolve("b/linera-validator-stack-0.2.2.stackgen.tgz")));
        assertThat(sourceA.out().substring(sourceA.out().indexOf("(sha256:")))
                .isEqualTo(sourceB.out().substring(sourceB.out().indexOf("(sha256:")));
    }

    @Test
    void entryTimesComeFromSourceDateEpoch() throws IOException {
        StackgenProcess run = StackgenProcess.run(temp, Map.of("SOURCE_DATE_EPOCH", "1700000000"),
                "package", "--source", "linera-block-exporter", "-d", "dist");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        ChartArchive archive = ChartArchive.read(Files.readAllBytes(temp.resolve("dist/linera-block-exporter-0.2.0.stackgen.tgz")), "x");
        assertThat(archive.modified()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void versionAndAppVersionOverrideChartYaml() throws IOException {
        CliRun run = CliRun.of("package", "linera-validator", "-f", MINIMAL, "--version", "0.2.1+prod.3", "--app-version", "v9",
                "-d", temp.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        Map<String, Object> chartYaml = chartYaml(temp.resolve("linera-validator-0.2.1+prod.3.tgz"));
        assertThat(chartYaml).containsEntry("version", "0.2.1+prod.3").containsEntry("appVersion", "v9")
                .containsEntry("apiVersion", "v2").containsEntry("name", "linera-validator");
    }

    @Test
    void chartYamlSaysHowThePackageWasMadeWithoutTheSetValues() throws IOException {
        CliRun run = CliRun.of("package", "v1", "linera-validator", "-n", "validators", "-f", MINIMAL,
                "--set", "commonLabels.team=s3cr3t-team,shards.replicas=2", "-d", temp.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        Path archive = temp.resolve("linera-validator-0.2.1.tgz");
        Map<String, Object> chartYaml = chartYaml(archive);
        String command = "stackgen package v1 linera-validator -n validators -f " + MINIMAL
                + " --set commonLabels.team=...,shards.replicas=...";
        assertThat((String) chartYaml.get("description"))
                .startsWith("One Linera validator:")
                .contains("Rendered by stackgen (development build) with: " + command + "\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> annotations = (Map<String, Object>) chartYaml.get("annotations");
        assertThat(annotations)
                .containsEntry("stackgen.io/version", "(development build)")
                .containsEntry("artifacthub.io/license", "Apache-2.0")
                .hasEntrySatisfying("stackgen.io/values-digest", d -> assertThat((String) d).matches("sha256:[0-9a-f]{64}"));
        ChartArchive read = ChartArchive.read(Files.readAllBytes(archive), "x");
        assertThat(text(read, "values.schema.json")).contains(command).doesNotContain("s3cr3t");
        assertThat(text(read, "values.yaml")).contains(command).doesNotContain("s3cr3t");
        assertThat(text(read, "Chart.yaml")).doesNotContain("s3cr3t");
        assertThat(text(read, "manifests/shards.yaml")).contains("team: s3cr3t-team");
    }

    @Test
    void theValuesDigestFollowsTheValues() throws IOException {
        Object one = digest("one", "--set", "shards.replicas=2");
        Object same = digest("same", "--set", "shards.replicas=2");
        Object other = digest("other", "--set", "shards.replicas=3");

        assertThat(one).isEqualTo(same).isNotEqualTo(other);
    }

    @Test
    void aFailedPackagingWritesNothing() throws IOException {
        Path dist = temp.resolve("dist");
        CliRun bad = CliRun.of("package", "linera-validator", "-f", MINIMAL, "--set", "shards.replicas=zero", "-d", dist.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("shards.replicas");
        assertThat(dist).doesNotExist();

        CliRun good = CliRun.of("package", "linera-validator", "-f", MINIMAL, "-d", dist.toString());
        byte[] before = Files.readAllBytes(dist.resolve("linera-validator-0.2.1.tgz"));
        CliRun badVersion = CliRun.of("package", "linera-validator", "-f", MINIMAL, "--version", "banana", "-d", dist.toString());

        assertThat(good.exitCode()).isZero();
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).isEqualTo("error: --version must be a semantic version such as 1.2.3, got 'banana'\n");
        assertThat(listing(dist)).containsExactly("linera-validator-0.2.1.tgz");
        assertThat(Files.readAllBytes(dist.resolve("linera-validator-0.2.1.tgz"))).isEqualTo(before);
    }

    @Test
    void sourceTakesNoReleaseOrValues() {
        CliRun withValues = CliRun.of("package", "--source", "linera-validator", "-f", MINIMAL, "-n", "x", "-d", temp.toString());
        CliRun withName = CliRun.of("package", "--source", "v1", "linera-validator", "--app-version", "2", "-d", temp.toString());

        assertThat(withValues.exitCode()).isEqualTo(2);
        assertThat(withValues.err()).isEqualTo(
                "error: --source packages the chart itself, for any release: --values, --namespace do not apply\n");
        assertThat(withName.exitCode()).isEqualTo(2);
        assertThat(withName.err()).isEqualTo(
                "error: --source packages the chart itself, for any release: a release NAME, --app-version do not apply\n");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void helpDescribesBothKindsOfPackage() {
        CliRun help = CliRun.of("package", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: stackgen package ")
                .contains("--source", "--version=VERSION", "--app-version=VERSION", "-d, --destination=DIR", "SOURCE_DATE_EPOCH");
    }

    private Object digest(String dir, String... flags) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("package", "linera-validator", "-f", MINIMAL, "-d", temp.resolve(dir).toString()));
        args.addAll(List.of(flags));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return ((Map<?, ?>) chartYaml(temp.resolve(dir).resolve("linera-validator-0.2.1.tgz")).get("annotations"))
                .get("stackgen.io/values-digest");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> chartYaml(Path archive) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(text(ChartArchive.read(Files.readAllBytes(archive), archive.toString()), "Chart.yaml"));
    }

    private static String text(ChartArchive archive, String file) {
        return new String(archive.files().get(file), StandardCharsets.UTF_8);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
