package io.stackgen.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The documents of {@code helm template} or {@code stackgen render} output, in order, each as its
 * {@code # Source:} name and its object as data: two outputs are equal document for document when
 * their lists are equal, whatever their formatting.
 */
public final class SourcedDocuments {
    public record Document(String source, Object object) {
    }

    private SourcedDocuments() {
    }

    public static List<Document> of(String output) {
        List<Document> documents = new ArrayList<>();
        for (String chunk : output.split("(?m)^---\\s*$")) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            String source = text.startsWith("# Source: ") ? text.lines().findFirst().orElseThrow().substring("# Source: ".length()) : null;
            Object object = new Load(LoadSettings.builder().build()).loadFromString(text);
            documents.add(new Document(source, object instanceof Map<?, ?> ? object : String.valueOf(object)));
        }
        return documents;
    }
}
