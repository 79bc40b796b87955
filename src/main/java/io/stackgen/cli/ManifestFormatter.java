package io.stackgen.cli;

import io.stackgen.manifest.ManifestDocument;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import java.util.ArrayList;
import java.util.List;

/** Prints documents as 'helm template' does: "---", "# Source: …", the document. */
final class ManifestFormatter {
    /** The lines {@link #format} writes before each document's text. */
    private static final int HEADER_LINES = 2;

    private ManifestFormatter() {
    }

    static String format(List<ManifestDocument> documents) {
        StringBuilder out = new StringBuilder();
        for (ManifestDocument document : documents) {
            out.append("---\n# Source: ").append(document.source()).append('\n').append(document.text()).append('\n');
        }
        return out.toString();
    }

    /**
     * What {@link ManifestReader} reads from {@code format(documents)} as {@code file}, built from the documents' own
     * data and positions instead of parsing the printed text again: the same objects, templates, document numbers and
     * field positions. Documents of a {@code List} kind, which the reader unpacks into their items, are left to it.
     */
    static List<ManifestObject> objects(String file, List<ManifestDocument> documents) {
        if (documents.stream().anyMatch(d -> d.kind() == null || d.kind().endsWith("List"))) {
            return ManifestReader.read(file, format(documents));
        }
        List<ManifestObject> objects = new ArrayList<>();
        int linesBefore = 0;
        for (ManifestDocument document : documents) {
            linesBefore += HEADER_LINES;
            objects.add(ManifestObject.rendered(file, objects.size() + 1, document, linesBefore));
            linesBefore += lines(document.text());
        }
        return objects;
    }

    /** Lines of a document's text as YAML counts them: each "\r\n", "\r" or "\n" ends one; the text ends in none. */
    private static int lines(String text) {
        int lines = 1;
        if (text.indexOf('\r') < 0) {
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lines++;
            }
            return lines;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
