package io.stackgen.oci;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of chart artifact and their OCI media types. */
public enum ChartKind {
    /** A Helm chart archive: Helm's media types, so helm, Argo CD and Flux pull it. */
    HELM_CHART("Helm chart", "application/vnd.cncf.helm.config.v1+json",
            "application/vnd.cncf.helm.chart.content.v1.tar+gzip"),
    /** A stackgen source chart (Jinjava templates): stackgen's own media types, so Helm does not mistake it. */
    STACKGEN_SOURCE("stackgen source chart", "application/vnd.stackgen.chart.config.v1+json",
            "application/vnd.stackgen.chart.content.v1.tar+gzip");

    public static final String IMAGE_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String IMAGE_INDEX = "application/vnd.oci.image.index.v1+json";
    /** Helm's provenance layer (helm package --sign): pulled charts may carry it; stackgen ignores it. */
    static final String HELM_PROVENANCE = "application/vnd.cncf.helm.chart.provenance.v1.prov";
    /** What Helm before 3.8 wrote for the chart layer; Helm still pulls it. */
    static final String HELM_LEGACY_LAYER = "application/tar+gzip";

    private final String label;
    private final String configMediaType;
    private final String layerMediaType;

    ChartKind(String label, String configMediaType, String layerMediaType) {
        this.label = label;
        this.configMediaType = configMediaType;
        this.layerMediaType = layerMediaType;
    }

    public String label() {
        return label;
    }

    public String configMediaType() {
        return configMediaType;
    }

    public String layerMediaType() {
        return layerMediaType;
    }

    boolean isContentLayer(String mediaType) {
        return layerMediaType.equals(mediaType) || (this == HELM_CHART && HELM_LEGACY_LAYER.equals(mediaType));
    }

    static Optional<ChartKind> byConfigMediaType(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.configMediaType.equals(mediaType)).findFirst();
    }
}
