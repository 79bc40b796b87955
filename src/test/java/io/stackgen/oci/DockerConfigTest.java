package io.stackgen.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigTest {
    @TempDir
    Path dir;

    private Path config(String json) throws IOException {
        return Files.writeString(dir.resolve("config.json"), json);
    }

    private static String auth(String userPassword) {
        return Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dockerConfigDirWinsOverHome() {
        assertThat(DockerConfig.locate(Map.of("DOCKER_CONFIG", "/etc/dc", "HOME", "/home/u"), "/root"))
                .isEqualTo(Path.of("/etc/dc/config.json"));
        assertThat(DockerConfig.locate(Map.of("HOME", "/home/u"), "/root")).isEqualTo(Path.of("/home/u/.docker/config.json"));
        assertThat(DockerConfig.locate(Map.of(), "/root")).isEqualTo(Path.of("/root/.docker/config.json"));
    }

    @Test
    void authIsBase64OfUserColonPasswordUnderAHostOrUrlKey() throws IOException {
        Path file = config("{\"auths\":{\"https://Registry.example:5000/v1/\":{\"auth\":\"" + auth("alice:pa:ss") + "\"}}}");

        Credentials credentials = DockerConfig.lookup(file, "registry.example:5000").credentials().orElseThrow();

        assertThat(credentials.username()).isEqualTo("alice");
        assertThat(credentials.password()).isEqualTo("pa:ss");
        assertThat(credentials).hasToString("Credentials[user 'alice' (from " + file + ")]");
    }

    @Test
    void dockerHubHasSeveralNames() throws IOException {
        Path file = config("{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"" + auth("bob:pw") + "\"}}}");

        assertThat(DockerConfig.lookup(file, "registry-1.docker.io").credentials()).isPresent();
        assertThat(DockerConfig.lookup(file, "docker.io").credentials()).isPresent();
    }

    @Test
    void anotherHostHasNoCredentials() throws IOException {
        Path file = config("{\"auths\":{\"a.example\":{\"auth\":\"" + auth("bob:pw") + "\"}}}");

        CredentialSource source = DockerConfig.lookup(file, "b.example");

        assertThat(source.credentials()).isEmpty();
        assertThat(source.whyNone("b.example")).startsWith("no credentials for b.example (" + file + " has none)");
    }

    @Test
    void credentialHelpersAndStoresAreNamedAsUnsupported() throws IOException {
        Path helpers = config("{\"credHelpers\":{\"gcr.io\":\"gcloud\"},\"credsStore\":\"desktop\",\"auths\":{\"q.example\":{}}}");

        assertThat(DockerConfig.lookup(helpers, "gcr.io").whyNone("gcr.io")).isEqualTo(helpers + " keeps the credentials "
                + "for gcr.io in the credential helper 'docker-credential-gcloud', which stackgen does not support: "
                + "give --username USER --password-stdin instead");
        assertThat(DockerConfig.lookup(helpers, "q.example").whyNone("q.example"))
                .startsWith(helpers + " keeps credentials in the credential store 'docker-credential-desktop'");
    }

    @Test
    void aBrokenAuthEntryIsNamedWithoutItsValue() throws IOException {
        Path file = config("{\"auths\":{\"a.example\":{\"auth\":\"" + auth("no-colon") + "\"}}}");

        assertThatThrownBy(() -> DockerConfig.lookup(file, "a.example"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": auths entry for a.example: 'auth' is not base64 of user:password");
        Path notJson = config("{auths");
        assertThatThrownBy(() -> DockerConfig.lookup(notJson, "a.example"))
                .isInstanceOf(InputException.class)
                .hasMessage(notJson + ": not a JSON object (a docker config.json)");
    }
}
