package io.stackgen.lint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.LintSet;
import io.stackgen.manifest.ManifestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandWordsTest {

    private static CommandWords words(String containerYaml) {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                %s
                """.formatted(containerYaml.indent(4).stripTrailing());
        Workload pod = LintSet.of(ManifestReader.read("p.yaml", yaml), "default").workloads().get(0);
        return CommandWords.of(pod, pod.containers().get(0));
    }

    private static List<String> texts(CommandWords words) {
        return words.words().stream().map(CommandWords.Word::text).toList();
    }

    @Test
    void splitsShellBodiesLikeAShell() {
        CommandWords words = words("""
                - name: c
                  command: ["sh", "-c"]
                  args:
                    - |
                      set -eu; ORDINAL="${HOSTNAME##*-}"
                      exec /linera-proxy \\
                        --id "$ORDINAL" 'quoted value' $(cat /x) && echo done
                """);
        assertThat(texts(words)).containsExactly("sh", "-c", "set", "-eu", "ORDINAL=${HOSTNAME##*-}", "exec",
                "/linera-proxy", "--id", "$ORDINAL", "quoted value", "$(cat /x)", "echo", "done");
        assertThat(words.words().get(7).path()).containsExactly("spec", "containers", 0, "args", 0);
    }

    @Test
    void findsFlagValuesInBothSpellings() {
        CommandWords words = words("""
                - name: c
                  args: ["--a=1", "--b", "2", "--c", "--d"]
                """);
        assertThat(words.value("--a")).map(CommandWords.Word::text).contains("1");
        assertThat(words.value("--b")).map(CommandWords.Word::text).contains("2");
        assertThat(words.value("--c")).isEmpty();
        assertThat(words.has("--d")).isTrue();
        assertThat(words.has("--e")).isFalse();
        assertThat(words.flagWord("--b")).map(CommandWords.Word::path)
                .contains(List.of("spec", "containers", 0, "args", 1));
    }

    @Test
    void findsProgramsByTheirLastPathSegment() {
        CommandWords words = words("""
                - name: c
                  command: ["sh", "-c", "exec /usr/bin/linera-server run"]
                """);
        assertThat(words.program("linera-server")).isPresent();
        assertThat(words.operandsAfter(words.program("linera-server").orElseThrow())).containsExactly("run");
        assertThat(words.program("linera-proxy")).isEmpty();
    }

    @Test
    void followsThePodNameThroughVariables() {
        CommandWords words = words("""
                - name: c
                  env:
                    - name: POD_NAME
                      valueFrom: {fieldRef: {fieldPath: metadata.name}}
                  command:
                    - sh
                    - -c
                    - |
                      ORDINAL=${HOSTNAME##*-}
                      IDX=$((ORDINAL+1))
                      OTHER=$SHARD_COUNT
                """);
        assertThat(List.of("${HOSTNAME##*-}", "$ORDINAL", "cosigner_${IDX}", "$(POD_NAME)", "$(hostname)", "`hostname -s`"))
                .allSatisfy(value -> assertThat(words.fromPodName(value)).as(value).isTrue());
        assertThat(List.of("0", "$OTHER", "${SHARD_COUNT}", "$(cat /etc/id)"))
                .allSatisfy(value -> assertThat(words.fromPodName(value)).as(value).isFalse());
    }
}
