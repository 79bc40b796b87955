package io.stackgen.hostile;

import io.stackgen.support.Hostile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --timeout} of zero or less is refused before anything runs (it used to crash pull and push with exit 3). */
class BadTimeoutTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "--timeout {0}")
    @ValueSource(strings = {"0", "-5"})
    void isRefusedByEveryCommandThatTakesIt(String seconds) throws IOException {
        String values = "charts/linera-validator/examples/minimal.yaml";
        Path fleet = tmp.resolve("stackgen.fleet.yaml");
        Files.writeString(fleet, "releases:\n  - {name: one, chart: linera-validator, namespace: a}\n");
        String message = "--timeout must be at least 1 second, got " + seconds;

        Hostile.run("render", "linera-validator", "-f", values, "--timeout=" + seconds).fails(2).says(message);
        Hostile.run("render", "--fleet", fleet.toString(), "--timeout=" + seconds).fails(2).says(message);
        Hostile.run("package", "linera-validator", "-f", values, "-d", tmp.toString(), "--timeout=" + seconds)
                .fails(2).says(message);
        Hostile.run("pull", "oci://127.0.0.1:1/charts/x:1.0.0", "-d", tmp.resolve("pulled").toString(),
                "--timeout=" + seconds).fails(2).says(message);
        Path packaged = Files.createDirectories(tmp.resolve("packaged"));
        Hostile.run("package", "linera-validator", "-f", values, "-d", packaged.toString()).fails(0);
        try (var archives = Files.list(packaged)) {
            String archive = archives.findFirst().orElseThrow().toString();
            Hostile.run("push", archive, "oci://127.0.0.1:1/charts", "--timeout=" + seconds).fails(2).says(message);
        }
    }
}
