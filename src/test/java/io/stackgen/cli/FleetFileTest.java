package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import io.stackgen.support.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet file: its schema, names, defaults and paths. */
class FleetFileTest {
    @TempDir
    Path tmp;

    private static Fleet parse(String display, String yaml) {
        return FleetFile.parse(display, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String problems(String yaml) {
        try {
            parse("deploy/fleet.yaml", yaml);
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void unknownKeysAreRefusedAtTheirLine() {
        String yaml = """
                releases:
                  - name: eu-1
                    chart: linera-validator
                    valuez: [a.yaml]
                colour: blue
                """;

        assertThat(problems(yaml).lines()).containsExactlyInAnyOrder(
                "deploy/fleet.yaml:4:13: releases[0].valuez: unknown key (a release has: name, chart, groups, namespace, values, set, setString, setJson, kubeVersion, apiVersions)",
                "deploy/fleet.yaml:5:9: colour: unknown key (a fleet file has: defaults, releases)");
    }

    @Test
    void wrongTypesAndMissingKeysNameFileLineAndPath() {
        String yaml = """
                defaults:
                  namespace: Validators
                  set: "shards.replicas=3"
                releases:
                  - name: eu-1
                  - name: Bad_Name
                    chart: linera-validator
                    setJson: ["novalue"]
                """;

        assertThat(problems(yaml).lines()).containsExactlyInAnyOrder(
                "deploy/fleet.yaml:2:14: defaults.namespace: lower-case letters, digits and '-' are expected, starting and ending with a letter or digit",
                "deploy/fleet.yaml:3:8: defaults.set: string found, array expected",
                "deploy/fleet.yaml:5:5: releases[0].chart: required property 'chart' not found",
                "deploy/fleet.yaml:6:11: releases[1].name: lower-case letters, digits and '-' are expected, starting and ending with a letter or digit",
                "deploy/fleet.yaml:8:15: releases[1].setJson[0]: KEY=VALUE is expected, as on the command line");
    }

    @Test
    void aFleetNeedsReleasesAndNoValuesFromStandardInput() {
        assertThat(problems("defaults: {namespace: x}\n")).isEqualTo("deploy/fleet.yaml:1:1: releases: required property 'releases' not found");
        assertThat(problems("releases: []\n")).isEqualTo("deploy/fleet.yaml:1:11: releases: a fleet has at least one release");
        assertThat(problems("releases:\n  - {name: a, chart: c, values: ['-']}\n"))
                .isEqualTo("deploy/fleet.yaml:2:34: releases[0].values[0]: a fleet cannot read values from standard input: name a file");
    }

    @Test
    void duplicateReleaseNamesAndGroupsNamedLikeReleasesAreRefused() {
        String yaml = """
                releases:
                  - name: eu-1
                    chart: linera-validator
                  - name: eu-2
                    chart: linera-validator
                    groups: [prod, eu-1]
                  - name: eu-1
                    chart: linea-stack
                """;

        assertThat(problems(yaml).lines()).containsExactly(
                "deploy/fleet.yaml:7:11: release name 'eu-1' is used twice (first at deploy/fleet.yaml:2:11)",
                "deploy/fleet.yaml:6:20: group 'eu-1' has the name of a release (deploy/fleet.yaml:2:11); --only could not tell them apart");
    }

    @Test
    void defaultsComeFirstAndPathsAreRelativeToTheFleetFile() throws Exception {
        Files.createDirectories(tmp.resolve("deploy/charts/mine"));
        Files.createDirectories(tmp.resolve("deploy/linea-stack"));
        String display = tmp.resolve("deploy/fleet.yaml").toString();
        Fleet fleet = parse(display, """
                defaults:
                  namespace: validators
                  values: [common.yaml]
                  set: [a=1]
                  apiVersions: [monitoring.coreos.com/v1]
                  kubeVersion: v1.30.0
                releases:
                  - name: eu-1
                    chart: linera-validator
                    namespace: eu
                    values: [values/eu.yaml, /abs/x.yaml]
                    set: [a=2]
                    setString: [b=3]
                    kubeVersion: v1.29.1
                    groups: [prod]
                  - name: mine
                    chart: ./charts/mine
                  - name: shadowed
                    chart: linea-stack
                  - name: pulled
                    chart: oci://registry.example.com/charts/linera-validator
                """);

        FleetRelease eu = fleet.releases().get(0);
        assertThat(eu.namespace()).isEqualTo("eu");
        assertThat(eu.chart()).isEqualTo("linera-validator");
        assertThat(eu.valuesFiles()).containsExactly(tmp.resolve("deploy/common.yaml").toString(),
                tmp.resolve("deploy/values/eu.yaml").toString(), "/abs/x.yaml");
        assertThat(eu.set()).containsExactly("a=1", "a=2");
        assertThat(eu.setString()).containsExactly("b=3");
        assertThat(eu.apiVersions()).containsExactly("monitoring.coreos.com/v1");
        assertThat(eu.kubeVersion()).isEqualTo("v1.29.1");
        assertThat(eu.groups()).containsExactly("prod");
        assertThat(eu.where()).isEqualTo(display + ":8:5");

        FleetRelease mine = fleet.releases().get(1);
        assertThat(mine.chart()).isEqualTo(tmp.resolve("deploy/charts/mine").toString());
        assertThat(mine.namespace()).isEqualTo("validators");
        assertThat(mine.kubeVersion()).isEqualTo("v1.30.0");
        assertThat(mine.set()).containsExactly("a=1");
        assertThat(fleet.releases().get(2).chart()).as("a folder beside the fleet file wins, as in the working directory")
                .isEqualTo(tmp.resolve("deploy/linea-stack").toString());
        assertThat(fleet.releases().get(3).chart()).isEqualTo("oci://registry.example.com/charts/linera-validator");
    }

    @Test
    void withoutDefaultsAReleaseIsInNamespaceDefaultAndAFleetInTheWorkingDirectoryKeepsPlainPaths() {
        Fleet fleet = parse("fleet.yaml", "releases:\n  - {name: a, chart: linera-validator, values: [v.yaml]}\n");

        assertThat(fleet.releases().get(0).namespace()).isEqualTo("default");
        assertThat(fleet.releases().get(0).valuesFiles()).containsExactly("v.yaml");
        assertThat(fleet.releases().get(0).groups()).isEmpty();
    }

    @Test
    void selectionByNameAndGroupKeepsFileOrder() {
        Fleet fleet = parse("fleet.yaml", """
                releases:
                  - {name: a, chart: c, groups: [prod, eu]}
                  - {name: b, chart: c, groups: [staging]}
                  - {name: c, chart: c, groups: [prod]}
                """);

        assertThat(fleet.select(List.of()).stream().map(FleetRelease::name)).containsExactly("a", "b", "c");
        assertThat(fleet.select(List.of("c", "eu")).stream().map(FleetRelease::name)).containsExactly("a", "c");
        assertThat(fleet.select(List.of("prod", "a")).stream().map(FleetRelease::name)).containsExactly("a", "c");
        assertThatThrownBy(() -> fleet.select(List.of("x", "staging", "y")))
                .hasMessage("--only x: no release or group 'x' in fleet.yaml (groups: eu, prod, staging)\n"
                        + "--only y: no release or group 'y' in fleet.yaml (groups: eu, prod, staging)");
    }

    @Test
    void theCommandNamesAMissingOrBrokenFleetFile() throws Exception {
        CliRun missing = CliRun.of("render", "--fleet", tmp.resolve("absent.yaml").toString());
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, "releases:\n  - name: a\n    chart: [unclosed\n");
        CliRun yaml = CliRun.of("lint", "--fleet", broken.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: --fleet " + tmp.resolve("absent.yaml") + ": no such file\n");
        assertThat(yaml.exitCode()).isEqualTo(2);
        assertThat(yaml.err()).startsWith("error: " + broken + ":4:1: ");
    }
}
