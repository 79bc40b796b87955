package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.oci.ChartKind;
import io.stackgen.packaging.ChartArchive;
import org.junit.jupiter.api.Test;

class OciChartsTest {
    @Test
    void archiveKindsArePushedUnderTheirMediaTypesAndPulledBackAsTheSameKind() {
        assertThat(OciCharts.kind(ChartArchive.Kind.STACKGEN_SOURCE).layerMediaType())
                .isEqualTo("application/vnd.stackgen.chart.content.v1.tar+gzip");
        assertThat(OciCharts.kind(ChartArchive.Kind.HELM).layerMediaType())
                .isEqualTo("application/vnd.cncf.helm.chart.content.v1.tar+gzip");
        for (ChartArchive.Kind kind : ChartArchive.Kind.values()) {
            assertThat(OciCharts.kind(OciCharts.kind(kind))).isEqualTo(kind);
        }
    }
}
