package io.stackgen.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.DataDiff;
import io.stackgen.support.Fixtures;
import io.stackgen.support.ManifestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of test-fixtures/reference/README.md: what real Helm rendered for a chart and its flags.
 * Every reference render used release {@code rel} in namespace {@code validators}.
 */
record ReferenceCase(String chart, String name, List<String> flags) {

    String[] renderArgs() {
        List<String> args = new ArrayList<>(List.of("render", "rel", chart, "-n", "validators"));
        for (String flag : flags) {
            args.add(flag.startsWith("cases/") ? Fixtures.file("reference/" + flag) : flag);
        }
        return args.toArray(String[]::new);
    }

    String expectedFile() {
        return "reference/renders/" + chart + "/" + name + ".yaml";
    }

    /** stackgen renders the same objects as Helm did, compared as data (allowed differences removed). */
    void assertRendersLikeHelm() throws IOException {
        CliRun run = CliRun.of(renderArgs());
        assertThat(run.exitCode()).as(run.describe()).isZero();

        Map<String, Object> expected = ManifestData.byIdentity(Files.readString(Fixtures.path(expectedFile())));
        Map<String, Object> actual = ManifestData.byIdentity(run.out());

        assertThat(actual.keySet()).as("objects rendered").containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(DataDiff.between(expected.get(key), actual.get(key))).as(key).isEmpty();
        }
    }

    @Override
    public String toString() {
        return chart + "/" + name;
    }
}
