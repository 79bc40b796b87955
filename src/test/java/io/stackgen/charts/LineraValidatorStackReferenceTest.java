package io.stackgen.charts;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * stackgen's linera-validator-stack (the umbrella with its two subcharts) equals what real Helm
 * rendered from the upstream charts, object by object.
 */
class LineraValidatorStackReferenceTest {
    private static final String C = "cases/linera-validator-stack/";

    static Stream<ReferenceCase> cases() {
        return Stream.of(
                new ReferenceCase("linera-validator-stack", "minimal", List.of("-f", C + "minimal.values.yaml")),
                new ReferenceCase("linera-validator-stack", "with-exporter", List.of("-f", C + "with-exporter.values.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheSameObjectsAsHelm(ReferenceCase reference) throws IOException {
        reference.assertRendersLikeHelm();
    }
}
