package io.stackgen.oci;

import static io.stackgen.oci.OciTestSupport.artifact;
import static io.stackgen.oci.OciTestSupport.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import io.stackgen.support.RegistryProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Push and pull against real docker-registry processes behind htpasswd basic auth and behind bearer tokens. */
class AuthenticatedRegistryTest {
    private static final Credentials RIGHT = new Credentials(RegistryProcess.USER, RegistryProcess.PASSWORD, "from --username");
    private static final Credentials WRONG = new Credentials(RegistryProcess.USER, "not-the-password", "from --username");

    /** What both kinds of registry must do alike. */
    abstract static class Behaviour {
        abstract RegistryProcess registry();

        RegistryClient client(Optional<Credentials> credentials) {
            return RegistryClient.connect(registry().host(), plain(credentials, new ArrayList<>()));
        }

        ChartPusher.Pushed push(Optional<Credentials> credentials, String name) {
            return ChartPusher.push(client(credentials), OciReference.repository(registry().oci("team")),
                    artifact(ChartKind.HELM_CHART, name, "1.0.0", "content of " + name));
        }

        @Test
        void theRightCredentialsPushAndPull() {
            ChartPusher.Pushed pushed = push(Optional.of(RIGHT), "right");

            ChartPuller.Pulled pulled = ChartPuller.pull(client(Optional.of(RIGHT)), OciReference.chart(registry().oci("team/right:1.0.0")));

            assertThat(pulled.digest()).isEqualTo(pushed.digest());
            assertThat(new String(pulled.archive(), StandardCharsets.UTF_8)).isEqualTo("content of right");
        }

        @Test
        void aWrongPasswordIsRejectedWithoutShowingIt() {
            assertThatThrownBy(() -> push(Optional.of(WRONG), "wrong"))
                    .isInstanceOf(InputException.class)
                    .hasMessage("registry " + registry().host() + " rejected the credentials of user 'stackgen-ci' "
                            + "(from --username): wrong user name or password (401 Unauthorized)")
                    .message().doesNotContain("not-the-password");
        }

        @Test
        void noCredentialsSaysHowToGiveThem() {
            assertThatThrownBy(() -> push(Optional.empty(), "anonymous"))
                    .isInstanceOf(InputException.class)
                    .hasMessage("registry " + registry().host() + " requires authentication to push to team/anonymous: "
                            + "no credentials for " + registry().host() + " (/nonexistent/config.json does not exist): log in with "
                            + "'docker login " + registry().host() + "' or give --username USER --password-stdin");
        }

        @Test
        void credentialsComeFromTheDockerConfig(@TempDir Path dockerConfig) throws IOException {
            String auth = Base64.getEncoder().encodeToString((RegistryProcess.USER + ":" + RegistryProcess.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            Path config = dockerConfig.resolve("config.json");
            Files.writeString(config, "{\"auths\":{\"" + registry().host() + "\":{\"auth\":\"" + auth + "\"}}}");
            RegistrySettings settings = new RegistrySettings(true, Duration.ofSeconds(10), Optional.empty(), config, line -> { });

            ChartPusher.Pushed pushed = ChartPusher.push(RegistryClient.connect(registry().host(), settings),
                    OciReference.repository(registry().oci("team")), artifact(ChartKind.HELM_CHART, "configured", "1.0.0", "c"));

            assertThat(pushed.reference().toString()).isEqualTo(registry().host() + "/team/configured:1.0.0");
        }

        @Test
        void tracesNeverShowCredentials() {
            List<String> trace = new ArrayList<>();
            ChartPusher.push(RegistryClient.connect(registry().host(), plain(Optional.of(RIGHT), trace)),
                    OciReference.repository(registry().oci("team")), artifact(ChartKind.HELM_CHART, "traced", "1.0.0", "t"));

            assertThat(trace).isNotEmpty().noneMatch(line -> line.contains(RegistryProcess.PASSWORD)
                    || line.contains(Base64.getEncoder().encodeToString((RegistryProcess.USER + ":" + RegistryProcess.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8))));
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

        @Test
        void oneTokenServesTheWholePush() {
            int before = REGISTRY.tokenService().orElseThrow().tokensIssued();

            push(Optional.of(RIGHT), "one-token");

            assertThat(REGISTRY.tokenService().orElseThrow().tokensIssued() - before).isEqualTo(1);
        }
    }
}
