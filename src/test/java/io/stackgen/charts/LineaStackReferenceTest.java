package io.stackgen.charts;

import static io.stackgen.charts.LineaUpstreamFixes.list;
import static io.stackgen.charts.LineaUpstreamFixes.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.DataDiff;
import io.stackgen.support.Fixtures;
import io.stackgen.support.ManifestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * stackgen's linea-stack equals what real Helm rendered from the upstream chart, object by object, once
 * the upstream objects have had the fixes listed in charts/linea-stack/README.md applied
 * ({@link LineaUpstreamFixes}). Every field no fix names must be equal.
 */
class LineaStackReferenceTest {

    static Stream<ReferenceCase> cases() {
        return Stream.of(
                new ReferenceCase("linea-stack", "defaults", List.of()),
                new ReferenceCase("linea-stack", "backup-and-secrets", List.of("-f", "cases/linea-stack/backup-and-secrets.values.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheUpstreamObjectsWithTheDocumentedFixes(ReferenceCase reference) throws IOException {
        CliRun run = CliRun.of(reference.renderArgs());
        assertThat(run.exitCode()).as(run.describe()).isZero();

        LineaUpstreamFixes fixed = LineaUpstreamFixes.apply(
                ManifestData.byIdentity(upstreamRender(reference)), upstreamValues());
        Map<String, Object> expected = fixed.objects();
        Map<String, Object> actual = ManifestData.byIdentity(run.out());
        actual.forEach((key, object) -> checkBackupScript(key, object, fixed.backupScript()));

        assertThat(actual.keySet()).as("objects rendered").containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(DataDiff.between(expected.get(key), actual.get(key))).as(key).isEmpty();
        }
    }

    /**
     * Go's YAML parser accepts a block scalar whose only line is indentation (upstream's empty
     * denylist.txt); snakeyaml does not. Helm pads blank lines to exactly the block's indentation, so
     * blanking whitespace-only lines leaves every value unchanged.
     */
    private static String upstreamRender(ReferenceCase reference) throws IOException {
        return Files.readString(Fixtures.path(reference.expectedFile())).replaceAll("(?m)^[ ]+$", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> upstreamValues() throws IOException {
        String yaml = Files.readString(Fixtures.path("reference/upstream/linea-stack/values.yaml"));
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    /**
     * A backup CronJob's script does what the upstream script meant for its one component (same remote,
     * archive format and retention; the claim is checked by the comparison), without writing the keys
     * to a file; it is then replaced by the placeholder the expected objects carry.
     */
    private static void checkBackupScript(String key, Object object, LineaUpstreamFixes.BackupScript upstream) {
        if (!key.startsWith("batch/CronJob/")) {
            return;
        }
        String name = (String) map(object, "metadata").get("name");
        String component = name.substring(LineaUpstreamFixes.FULLNAME.length() + 1, name.length() - "-backup".length());
        List<Object> command = list(map(list(object, "spec", "jobTemplate", "spec", "template", "spec", "containers").get(0)), "command");
        String script = (String) command.get(2);

        assertThat(script).as(name).contains(
                "REMOTE=\"" + upstream.remote() + "\"",
                "NAME=\"" + component + "-$(date +%Y%m%d-%H%M%S)" + upstream.extension() + "\"",
                "tar " + upstream.tarFlags() + " - -C /" + component + "-data . | rclone rcat \"${REMOTE}/${NAME}.partial\"",
                "rclone moveto \"${REMOTE}/${NAME}.partial\" \"${REMOTE}/${NAME}\"",
                "rclone lsf \"${REMOTE}/\" --files-only --include \"" + component + "-*" + upstream.extension() + "\" | sort -r | tail -n +"
                        + (upstream.retention() + 1) + " |");
        assertThat(script).as(name).doesNotContain("rclone.conf", "AWS_SECRET_ACCESS_KEY");
        command.set(2, LineaUpstreamFixes.BACKUP_SCRIPT);
    }
}
