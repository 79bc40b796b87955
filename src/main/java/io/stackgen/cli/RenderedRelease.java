package io.stackgen.cli;

import io.stackgen.manifest.ManifestDocument;
import java.util.List;

/** The documents of one release, checked and in install order. */
record RenderedRelease(String chartName, List<ManifestDocument> documents) {
}
