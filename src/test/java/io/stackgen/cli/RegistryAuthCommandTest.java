package io.stackgen.cli;

import static io.stackgen.support.RegistryCli.example;
import static io.stackgen.support.RegistryCli.pack;
import static io.stackgen.support.RegistryCli.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.RegistryProcess;
import io.stackgen.support.StackgenProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** push and pull through the CLI against registries behind htpasswd basic auth and behind a token service. */
class RegistryAuthCommandTest {
    private static final String PASSWORD_LINE = RegistryProcess.PASSWORD + "\n";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString((RegistryProcess.USER + ":" + RegistryProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dist;
    static Path chart;

    @TempDir
    Path work;

    @BeforeAll
    static void packageOnce() {
        chart = pack(dist, "linera-block-exporter", "-f", example("linera-block-exporter", "minimal.yaml"));
    }

    abstract static class Behaviour {
        abstract RegistryProcess registry();

        @TempDir
        Path work;

        @Test
        void passwordFromStandardInputPushesAndPulls() {
            CliRun push = withStdin(PASSWORD_LINE, "push", chart.toString(), registry().oci("team"), "--plain-http",
                    "--username", RegistryProcess.USER, "--password-stdin");
            CliRun pull = withStdin(PASSWORD_LINE, "pull", registry().oci("team/linera-block-exporter:0.2.0"), "-d",
                    work.toString(), "--plain-http", "--username", RegistryProcess.USER, "--password-stdin");

            assertThat(push.exitCode()).as(push.describe()).isZero();
            assertThat(push.out()).startsWith("Pushed: " + registry().host() + "/team/linera-block-exporter:0.2.0@sha256:");
            assertThat(pull.exitCode()).as(pull.describe()).isZero();
            assertThat(work.resolve("linera-block-exporter-0.2.0.tgz")).hasSameBinaryContentAs(chart);
        }

        @Test
        void aWrongPasswordIsOneLineAndNeverShownEvenWithDebug() {
            CliRun run = withStdin("wrong-" + PASSWORD_LINE, "push", chart.toString(), registry().oci("team"), "--plain-http",
                    "--username", RegistryProcess.USER, "--password-stdin", "--debug");

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
            assertThat(run.err()).contains("error: registry " + registry().host() + " rejected the credentials of user "
                    + "'stackgen-ci' (from --username): wrong user name or password (401 Unauthorized)\n")
                    .contains("debug: HEAD http://" + registry().host() + "/v2/team/linera-block-exporter/blobs/sha256:")
                    .doesNotContain(RegistryProcess.PASSWORD).doesNotContain(BASIC)
                    .doesNotContain(Base64.getEncoder().encodeToString(
                            (RegistryProcess.USER + ":wrong-" + RegistryProcess.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void withoutCredentialsTheErrorSaysHowToGiveThem(@TempDir Path home) {
            StackgenProcess run = StackgenProcess.run(work, Map.of("HOME", home.toString(), "DOCKER_CONFIG", home.resolve("none").toString()),
                    "pull", registry().oci("team/linera-block-exporter:0.2.0"), "--plain-http");

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("error: registry " + registry().host() + " requires authentication to pull from "
                    + "team/linera-block-exporter: no credentials for " + registry().host() + " (" + home.resolve("none/config.json")
                    + " does not exist): log in with 'docker login " + registry().host() + "' or give --username USER --password-stdin\n");
        }

        @Test
        void credentialsComeFromDockerConfig(@TempDir Path dockerConfig) throws IOException {
            Files.writeString(dockerConfig.resolve("config.json"),
                    "{\"auths\":{\"" + registry().host() + "\":{\"auth\":\"" + BASIC + "\"}}}");

            StackgenProcess run = StackgenProcess.run(work, Map.of("DOCKER_CONFIG", dockerConfig.toString()),
                    "push", chart.toString(), registry().oci("from-config"), "--plain-http");

            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.out()).startsWith("Pushed: " + registry().host() + "/from-config/linera-block-exporter:0.2.0@sha256:");
        }

        @Test
        void aCredentialHelperIsNamedAsUnsupported(@TempDir Path dockerConfig) throws IOException {
            Path config = Files.writeString(dockerConfig.resolve("config.json"),
                    "{\"credHelpers\":{\"" + registry().host() + "\":\"secretservice\"}}");

            StackgenProcess run = StackgenProcess.run(work, Map.of("DOCKER_CONFIG", dockerConfig.toString()),
                    "push", chart.toString(), registry().oci("helper"), "--plain-http");

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("error: registry " + registry().host() + " requires authentication to push to "
                    + "helper/linera-block-exporter: " + config + " keeps the credentials for " + registry().host()
                    + " in the credential helper 'docker-credential-secretservice', which stackgen does not support: "
                    + "give --username USER --password-stdin instead\n");
        }
    }

    @Nested
    class BasicAuth extends Behaviour {
        @RegisterExtension
        static final RegistryProcess REGISTRY = RegistryProcess.withBasicAuth();

        @Override
        RegistryProcess registry() {
            return REGISTRY;
        }
    }

    @Nested
    class TokenAuth extends Behaviour {
        @RegisterExtension
        static final RegistryProcess REGISTRY = RegistryProcess.withTokenAuth();

        @Override
        RegistryProcess registry() {
            return REGISTRY;
        }
    }
}
