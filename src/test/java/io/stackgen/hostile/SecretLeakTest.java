package io.stackgen.hostile;

import static io.stackgen.hostile.HostileRegistryTest.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.stackgen.oci.ChartKind;
import io.stackgen.packaging.RawArchive;
import io.stackgen.support.Hostile;
import io.stackgen.support.StackgenProcess;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases carrying {@link Hostile#PLANTED_SECRETS}, run with {@code --debug} wherever the command has it, so
 * that stack traces and registry traces are scanned too: no secret, and no base64 form of a credential, appears in
 * anything stackgen prints — errors, findings, reports in every format, debug lines.
 */
class SecretLeakTest {
    private static final String PASSWORD = Hostile.PLANTED_SECRETS.get(0);
    private static final String HEX_KEY = Hostile.PLANTED_SECRETS.get(1);
    private static final String ACCESS_KEY = Hostile.PLANTED_SECRETS.get(2);
    private static final String TOKEN = Hostile.PLANTED_SECRETS.get(3);

    @TempDir
    Path temp;

    /** Runs, expects {@code code}, and scans everything printed for the planted secrets and their base64 forms. */
    private static Hostile.Outcome scanned(int code, String... args) {
        return scan(code, Hostile.run(args));
    }

    private static Hostile.Outcome scan(int code, Hostile.Outcome outcome) {
        assertThat(outcome.exitCode()).as(outcome.describe()).isEqualTo(code);
        String all = outcome.out() + outcome.err();
        Hostile.assertNoPlantedSecret(outcome.command(), all);
        for (String secret : Hostile.PLANTED_SECRETS) {
            assertThat(all).as("base64 of a planted secret in: " + outcome.command())
                    .doesNotContain(base64(secret)).doesNotContain(base64("ci:" + secret));
        }
        assertThat(all).doesNotContain("internal error");
        return outcome;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    // ---- lint

    @Test
    void lintASecretFollowedByBrokenYaml() throws IOException {
        Path input = write("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                data:
                  key: %s
                stringData:
                  password: %s
                  token: "%s
                ---
                broken: [%s
                """.formatted(base64(PASSWORD), PASSWORD, TOKEN, ACCESS_KEY));

        String error = scanned(2, "lint", input.toString(), "--debug").errorLine();

        assertThat(error).startsWith("error: " + input + ":");
    }

    @Test
    void lintFindingsOnSecretNamedConfigMapKeysNeverShowTheValueInAnyFormat() throws IOException {
        Path input = write("config.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: app
                  namespace: prod
                data:
                  db_password: "%s"
                  api-token: %s
                  signer.key: %s
                  app.env: |
                    AWS_ACCESS_KEY_ID=%s
                """.formatted(PASSWORD, TOKEN, HEX_KEY, ACCESS_KEY));

        for (String format : List.of("text", "json", "sarif", "junit", "github")) {
            Hostile.Outcome run = scanned(1, "lint", input.toString(), "--format", format, "--debug");
            assertThat(run.out()).as(format).contains("SEC03");
        }
    }

    // ---- values files, schemas and templates

    @Test
    void valuesWithTheSecretOnAMalformedLineAreNeverQuoted() throws IOException {
        Path chart = temp.resolve("chart");
        TestChart.in(chart).template("cm.yaml.j2", TestChart.configMap("  a: b"));
        List<String> broken = List.of(
                "password: \"" + PASSWORD + "\n",
                "token: " + TOKEN + ": more\n",
                "a:\n  b: 1\n c: " + ACCESS_KEY + "\n",
                "key:\n\t- " + HEX_KEY + "\n",
                "list: [" + PASSWORD + "\n",
                "x: {" + TOKEN + "\n",
                "? " + PASSWORD + "\n: [\n");
        for (int i = 0; i < broken.size(); i++) {
            Path values = write("broken-" + i + ".yaml", broken.get(i));
            scanned(2, "render", chart.toString(), "-f", values.toString(), "--debug");
            scanned(2, "package", chart.toString(), "-f", values.toString(), "-d", temp.resolve("dist").toString(), "--debug");
        }
    }

    @Test
    void schemaViolationsOnSecretValuedKeysNameTheKeyNotTheValue() throws IOException {
        Path chart = temp.resolve("chart");
        TestChart.in(chart).template("cm.yaml.j2", TestChart.configMap("  a: b"))
                .file("values.schema.json", """
                        {"type": "object", "additionalProperties": false, "properties": {
                          "asInteger": {"type": "integer"},
                          "hexOnly": {"type": "string", "pattern": "^[0-9a-f]{8}$"},
                          "short": {"type": "string", "maxLength": 4},
                          "oneOf3": {"enum": ["a", "b", "c"]},
                          "email": {"type": "string", "format": "email"},
                          "fixed": {"const": "x"},
                          "nested": {"type": "object", "properties": {"key": {"type": "boolean"}}}
                        }}
                        """);
        List<String> violations = List.of(
                "asInteger: " + PASSWORD,
                "hexOnly: " + TOKEN,
                "short: " + HEX_KEY,
                "oneOf3: " + ACCESS_KEY,
                "email: " + PASSWORD,
                "fixed: " + TOKEN,
                "nested:\n  key: " + HEX_KEY);
        for (String yaml : violations) {
            Path values = write("values.yaml", yaml + "\n");
            scanned(2, "render", chart.toString(), "-f", values.toString(), "--debug");
            scanned(2, "render", chart.toString(), "--set", yaml.replace(":\n  ", ".").replaceFirst(": ", "="), "--debug");
        }
    }

    @Test
    void failAndRequiredMessagesThatQuoteAValueAreRedacted() throws IOException {
        Path chart = temp.resolve("chart");
        TestChart.in(chart).values("token: " + TOKEN + "\npassword: " + PASSWORD + "\n")
                .template("a.yaml.j2", "{% if values.token %}{{ fail('token ' ~ values.token ~ ' is not allowed') }}{% endif %}");
        Path required = temp.resolve("required");
        TestChart.in(required).values("password: " + PASSWORD + "\n")
                .template("a.yaml.j2", "{{ '' | required('missing; password was ' ~ values.password) }}");
        Path lookup = temp.resolve("lookup");
        TestChart.in(lookup).values("key: " + HEX_KEY + "\n").template("a.yaml.j2", "{{ values.key.nothing }}");

        assertThat(scanned(2, "render", chart.toString(), "--debug").errorLine()).contains("token <redacted> is not allowed");
        assertThat(scanned(2, "render", required.toString(), "--debug").errorLine()).contains("missing; password was <redacted>");
        assertThat(scanned(2, "render", lookup.toString(), "--debug").errorLine())
                .contains("'nothing' of a string is not available in templates");
        scanned(2, "package", chart.toString(), "-d", temp.resolve("dist").toString(), "--debug");
        scanned(2, "lint", chart.toString(), "--debug");
    }

    // ---- registries

    @Test
    void aWrongPasswordFromStandardInputIsNeverShown() throws IOException {
        Path archive = Files.write(temp.resolve("demo-1.0.0.tgz"), RawArchive.chart().tgz());
        try (HostileRegistry registry = new HostileRegistry(RawArchive.chart().tgz(), ChartKind.HELM_CHART).requireBasic("ci", "right")) {
            for (List<String> args : List.of(
                    List.of("pull", registry.reference(), "-d", temp.resolve("out").toString()),
                    List.of("push", archive.toString(), "oci://" + registry.host() + "/charts"),
                    List.of("render", registry.reference()))) {
                List<String> all = new ArrayList<>(args);
                all.addAll(List.of("--plain-http", "--username", "ci", "--password-stdin", "--debug"));
                Hostile.Outcome run = scan(2, withStdin(PASSWORD + "\n", () -> Hostile.run(all.toArray(String[]::new))));
                assertThat(run.errorLine()).contains("rejected the credentials of user 'ci' (from --username)");
                assertThat(run.err()).contains("debug: ");
            }
        }
    }

    @Test
    void aRedirectToAnotherHostCarriesNoCredentialsAndItsSignedUrlIsNotShown() throws IOException {
        HttpServer storage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> storageAuthorization = new ArrayList<>();
        storage.createContext("/", exchange -> {
            storageAuthorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            HostileRegistry.send(exchange, 403, "application/xml", ("<Error><Code>AccessDenied</Code><Query>"
                    + exchange.getRequestURI().getQuery() + "</Query></Error>").getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        storage.start();
        String signed = "http://127.0.0.1:" + storage.getAddress().getPort() + "/bucket/blob?X-Amz-Credential=" + ACCESS_KEY
                + "&X-Amz-Signature=" + HEX_KEY + "&token=" + TOKEN;
        try (HostileRegistry registry = new HostileRegistry(RawArchive.chart().tgz(), ChartKind.HELM_CHART)
                .requireBasic("ci", PASSWORD).onLayer(HostileRegistry.redirect(signed))) {
            Hostile.Outcome run = scan(2, withStdin(PASSWORD + "\n", () -> Hostile.run("pull", registry.reference(),
                    "-d", temp.resolve("out").toString(), "--plain-http", "--username", "ci", "--password-stdin", "--debug")));

            assertThat(run.errorLine()).contains("403 Forbidden");
            assertThat(storageAuthorization).containsExactly("null");
            assertThat(temp.resolve("out")).doesNotExist();
        } finally {
            storage.stop(0);
        }
    }

    @Test
    void aWrongPasswordFromDockerConfigIsNeverShown() throws IOException {
        Path dockerConfig = temp.resolve("docker");
        try (HostileRegistry registry = new HostileRegistry(RawArchive.chart().tgz(), ChartKind.HELM_CHART).requireBasic("ci", "right")) {
            write("docker/config.json", "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + base64("ci:" + PASSWORD) + "\"}}}");

            StackgenProcess run = StackgenProcess.run(temp, Map.of("DOCKER_CONFIG", dockerConfig.toString(), "HOME", temp.toString()),
                    "pull", registry.reference(), "--plain-http", "-d", temp.resolve("out").toString(), "--debug");

            scan(2, new Hostile.Outcome("pull (DOCKER_CONFIG)", run.exitCode(), run.out(), run.err(), Duration.ZERO));
            assertThat(run.err()).contains("rejected the credentials of user 'ci'");
        }
    }
}
