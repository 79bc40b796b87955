package io.stackgen.cli;

import io.stackgen.chart.ChartScope;
import io.stackgen.manifest.ManifestDocument;
import java.util.List;

/** The documents of one release, checked and in install order, and the charts and values they came from. */
record RenderedRelease(String chartName, List<ManifestDocument> documents, ChartScope scope) {
}
