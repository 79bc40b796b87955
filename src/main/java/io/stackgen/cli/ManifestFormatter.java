package io.stackgen.cli;

import io.stackgen.manifest.ManifestDocument;
import java.util.List;

/** Prints documents as 'helm template' does: "---", "# Source: …", the document. */
final class ManifestFormatter {
    private ManifestFormatter() {
    }

    static String format(List<ManifestDocument> documents) {
        StringBuilder out = new StringBuilder();
        for (ManifestDocument document : documents) {
            out.append("---\n# Source: ").append(document.source()).append('\n').append(document.text()).append('\n');
        }
        return out.toString();
    }
}
