package io.stackgen.charts;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** stackgen's linera-validator equals what real Helm rendered from the upstream chart, object by object. */
class LineraValidatorReferenceTest {
    private static final String C = "cases/linera-validator/";

    static Stream<ReferenceCase> cases() {
        return Stream.of(
                new ReferenceCase("linera-validator", "minimal", List.of("-f", C + "minimal.values.yaml")),
                new ReferenceCase("linera-validator", "gateway-prefixed", List.of("-f", C + "gateway-prefixed.values.yaml")),
                new ReferenceCase("linera-validator", "ingress", List.of("-f", C + "ingress.values.yaml")),
                new ReferenceCase("linera-validator", "example-single-node", List.of("-f", C + "example-single-node.values.yaml")),
                new ReferenceCase("linera-validator", "example-gke-production", List.of("-f", C + "example-gke-production.values.yaml")),
                new ReferenceCase("linera-validator", "minimal+dedicated-storage+set", List.of(
                        "-f", C + "minimal.values.yaml",
                        "-f", C + "example-dedicated-storage-nodes.overlay.yaml",
                        "--set", "shards.replicas=3",
                        "--set-string", "validatorLabel=007")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheSameObjectsAsHelm(ReferenceCase reference) throws IOException {
        reference.assertRendersLikeHelm();
    }
}
