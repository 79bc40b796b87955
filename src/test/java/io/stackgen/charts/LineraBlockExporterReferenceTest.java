package io.stackgen.charts;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** stackgen's linera-block-exporter equals what real Helm rendered from the upstream chart, object by object. */
class LineraBlockExporterReferenceTest {

    @Test
    void twoDestinations() throws IOException {
        new ReferenceCase("linera-block-exporter", "two-destinations",
                List.of("-f", "cases/linera-block-exporter/two-destinations.values.yaml"))
                .assertRendersLikeHelm();
    }
}
