package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestObjectPositionTest {
    private static final String TEXT = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            data:
              config.toml: |
                a = 1

                  b = 2
              quoted: "x\\ny"
              folded: >
                one
                two
            spec:
              containers:
                - name: c
                  command:
                    - sh
                    - |
                      set -eu
                        exec run
            """;

    private final ManifestObject object = ManifestReader.read("p.yaml", TEXT).get(0);

    @Test
    void findsLinesInsideLiteralBlocks() {
        assertThat(object.positionWithin(List.of("data", "config.toml"), 0)).isEqualTo(new SourcePosition("p.yaml", 7, 5));
        assertThat(object.positionWithin(List.of("data", "config.toml"), 2)).isEqualTo(new SourcePosition("p.yaml", 9, 7));
        List<Object> script = List.of("spec", "containers", 0, "command", 1);
        assertThat(object.positionWithin(script, 0)).isEqualTo(new SourcePosition("p.yaml", 20, 11));
        assertThat(object.positionWithin(script, 1)).isEqualTo(new SourcePosition("p.yaml", 21, 13));
    }

    @Test
    void givesTheFieldWhereLinesDoNotMap() {
        assertThat(object.positionWithin(List.of("data", "quoted"), 1)).isEqualTo(object.positionOf(List.of("data", "quoted")));
        assertThat(object.positionWithin(List.of("data", "folded"), 1)).isEqualTo(new SourcePosition("p.yaml", 11, 3));
        assertThat(object.positionWithin(List.of("data", "config.toml"), 9)).isEqualTo(new SourcePosition("p.yaml", 6, 3));
        assertThat(object.positionWithin(List.of("data", "config.toml"), -1)).isEqualTo(new SourcePosition("p.yaml", 6, 3));
        assertThat(object.positionWithin(List.of("data", "missing"), 0)).isEqualTo(new SourcePosition("p.yaml", 5, 1));
    }
}
