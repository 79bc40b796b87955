package io.stackgen.charts;

import io.stackgen.support.Fixtures;
import java.util.ArrayList;
import java.util.List;

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

    @Override
    public String toString() {
        return chart + "/" + name;
    }
}
