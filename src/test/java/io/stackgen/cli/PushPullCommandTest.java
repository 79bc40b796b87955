package io.stackgen.cli;

import static io.stackgen.support.RegistryCli.example;
import static io.stackgen.support.RegistryCli.pack;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.RegistryProcess;
import io.stackgen.support.StackgenProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** stackgen push and pull against a real registry without authentication: results, reproducibility, errors. */
class PushPullCommandTest {
    @RegisterExtension
    static final RegistryProcess REGISTRY = RegistryProcess.anonymous();
    private static final Pattern PUSHED = Pattern.compile("Pushed: (\\S+)@(sha256:[0-9a-f]{64})\n");

    @TempDir
    static Path dist;
    static Path helmChart;

    @TempDir
    Path work;

    @BeforeAll
    static void packageOnce() {
        helmChart = pack(dist, "linera-validator", "-f", example("linera-validator", "minimal.yaml"));
    }

    private static String pushedDigest(CliRun run, String reference) {
        assertThat(run.exitCode()).as(run.describe()).isZero();
        Matcher matcher = PUSHED.matcher(run.out());
        assertThat(matcher.matches()).as(run.out()).isTrue();
        assertThat(matcher.group(1)).isEqualTo(reference);
        return matcher.group(2);
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void pushPrintsThePinnedReferenceAndASecondPushTheSameDigest() {
        String first = pushedDigest(CliRun.of("push", helmChart.toString(), REGISTRY.oci("repro"), "--plain-http"),
                REGISTRY.host() + "/repro/linera-validator:0.2.1");
        Path again = pack(work, "linera-validator", "-f", example("linera-validator", "minimal.yaml"));

        String second = pushedDigest(CliRun.of("push", again.toString(), REGISTRY.oci("repro"), "--plain-http"),
                REGISTRY.host() + "/repro/linera-validator:0.2.1");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void pullWritesTheArchiveByteForByte() throws IOException {
        String digest = pushedDigest(CliRun.of("push", helmChart.toString(), REGISTRY.oci("charts"), "--plain-http"),
                REGISTRY.host() + "/charts/linera-validator:0.2.1");

        CliRun pull = CliRun.of("pull", REGISTRY.oci("charts/linera-validator:0.2.1"), "-d", work.toString(), "--plain-http");

        assertThat(pull.exitCode()).as(pull.describe()).isZero();
        Path written = work.resolve("linera-validator-0.2.1.tgz");
        assertThat(pull.out()).isEqualTo("Pulled: " + REGISTRY.host() + "/charts/linera-validator:0.2.1@" + digest
                + "\nWrote: " + written + "\n");
        assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(helmChart));
    }

    @Test
    void aVersionWithBuildMetadataIsTaggedWithUnderscoreAndPulledWithPlus() throws IOException {
        Path build = pack(work, "linera-validator", "-f", example("linera-validator", "minimal.yaml"), "--version", "0.2.1+build.3");
        pushedDigest(CliRun.of("push", build.toString(), REGISTRY.oci("charts"), "--plain-http"),
                REGISTRY.host() + "/charts/linera-validator:0.2.1_build.3");

        CliRun pull = CliRun.of("pull", REGISTRY.oci("charts/linera-validator:0.2.1+build.3"), "-d", work.resolve("out").toString(),
                "--plain-http");

        assertThat(pull.exitCode()).as(pull.describe()).isZero();
        assertThat(Files.readAllBytes(work.resolve("out/linera-validator-0.2.1+build.3.tgz"))).isEqualTo(Files.readAllBytes(build));
    }

    @Test
    void createdIsThePackagingEpochOrSourceDateEpochNeverTheClock() throws IOException {
        String byDefault = pushedDigest(CliRun.of("push", helmChart.toString(), REGISTRY.oci("created"), "--plain-http"),
                REGISTRY.host() + "/created/linera-validator:0.2.1");
        StackgenProcess withEpoch = StackgenProcess.run(work, Map.of("SOURCE_DATE_EPOCH", "1700000000"),
                "push", helmChart.toString(), REGISTRY.oci("created-epoch"), "--plain-http");
        assertThat(withEpoch.exitCode()).as(withEpoch.describe()).isZero();
        String epochDigest = withEpoch.out().substring(withEpoch.out().indexOf('@') + 1).strip();

        assertThat(Files.readString(REGISTRY.blobFile(byDefault))).contains("\"org.opencontainers.image.created\":\"1980-01-01T00:00:00Z\"");
        assertThat(Files.readString(REGISTRY.blobFile(epochDigest))).contains("\"org.opencontainers.image.created\":\"2023-11-14T22:13:20Z\"");
    }

    @Test
    void aSourceChartIsPulledAsAStackgenArchive() throws IOException {
        Path source = pack(work.resolve("dist"), "--source", "linera-block-exporter");
        pushedDigest(CliRun.of("push", source.toString(), REGISTRY.oci("sources"), "--plain-http"),
                REGISTRY.host() + "/sources/linera-block-exporter:0.2.0");

        CliRun pull = CliRun.of("pull", REGISTRY.oci("sources/linera-block-exporter:0.2.0"), "-d", work.resolve("out").toString(),
                "--plain-http");

        assertThat(pull.exitCode()).as(pull.describe()).isZero();
        assertThat(work.resolve("out/linera-block-exporter-0.2.0.stackgen.tgz")).hasSameBinaryContentAs(source);
    }

    @Test
    void aMissingTagIsOneLine() {
        CliRun run = CliRun.of("pull", REGISTRY.oci("charts/linera-validator:9.9.9"), "-d", work.toString(), "--plain-http");

        assertOneLineError(run, REGISTRY.host() + "/charts/linera-validator:9.9.9: not found: the registry " + REGISTRY.host()
                + " has no tag '9.9.9' in charts/linera-validator");
    }

    @Test
    void aTamperedBlobIsRefusedAndNothingIsWritten() throws IOException {
        // blobs are stored once per registry, whatever the repository: this one must be used by no other test
        Path own = pack(work, "linera-validator", "-f", example("linera-validator", "minimal.yaml"), "--version", "0.2.1-tampered");
        pushedDigest(CliRun.of("push", own.toString(), REGISTRY.oci("tamper"), "--plain-http"),
                REGISTRY.host() + "/tamper/linera-validator:0.2.1-tampered");
        Path blob = REGISTRY.blobFile(io.stackgen.oci.Digest.sha256(Files.readAllBytes(own)));
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 1;
        Files.write(blob, bytes);
        Path out = work.resolve("out");

        CliRun run = CliRun.of("pull", REGISTRY.oci("tamper/linera-validator:0.2.1-tampered"), "-d", out.toString(), "--plain-http");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + REGISTRY.host() + "/tamper/linera-validator:0.2.1-tampered: chart layer: digest check failed: expected sha256:")
                .endsWith("; nothing was written\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void renderingAHelmChartFromARegistrySaysItIsNotASourceChart() {
        pushedDigest(CliRun.of("push", helmChart.toString(), REGISTRY.oci("helm"), "--plain-http"),
                REGISTRY.host() + "/helm/linera-validator:0.2.1");

        CliRun run = CliRun.of("render", REGISTRY.oci("helm/linera-validator:0.2.1"), "--plain-http");

        assertOneLineError(run, REGISTRY.host() + "/helm/linera-validator:0.2.1: is a Helm chart "
                + "(application/vnd.cncf.helm.config.v1+json), not a stackgen source chart: render it with 'helm template oci://"
                + REGISTRY.host() + "/helm/linera-validator', or push the chart's sources ('stackgen package --source')");
    }

    @Test
    void aRegistryThatIsDownIsOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        CliRun run = CliRun.of("push", helmChart.toString(), "oci://127.0.0.1:" + port + "/charts", "--plain-http");

        assertOneLineError(run, "cannot connect to registry 127.0.0.1:" + port + ": connection refused (is a registry running there?)");
    }

    @Test
    void aRegistryThatNeverAnswersTimesOutAfterTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String host = "127.0.0.1:" + silent.getLocalPort();

            CliRun run = CliRun.of("pull", "oci://" + host + "/charts/x:1.0.0", "--plain-http", "--timeout", "1");

            assertOneLineError(run, "registry " + host + " did not answer within 1 s (--timeout 1)");
        }
    }

    @Test
    void httpsIsTheDefaultAndALocalPlainHttpRegistryGetsAHint() {
        CliRun run = CliRun.of("pull", REGISTRY.oci("charts/linera-validator:0.2.1"), "-d", work.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: TLS connection to registry " + REGISTRY.host() + " failed: ")
                .endsWith("; if this local registry speaks plain HTTP, add --plain-http\n");
    }

    @Test
    void aFileThatIsNotAChartArchiveIsRefusedBeforeAnyRequest() throws IOException {
        Path text = Files.writeString(work.resolve("notes.tgz"), "not an archive");

        CliRun run = CliRun.of("push", text.toString(), "oci://127.0.0.1:1/charts", "--plain-http");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + text + ": ").doesNotContain("connect");
    }

    @Test
    void aPasswordIsReadFromStandardInputOnly() {
        CliRun run = CliRun.of("push", helmChart.toString(), REGISTRY.oci("charts"), "--plain-http", "--username", "u");

        assertOneLineError(run, "--username needs --password-stdin: stackgen reads passwords only from standard input, "
                + "never from the command line");
    }
}
