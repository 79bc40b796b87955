package io.stackgen.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An OCI image manifest (schemaVersion 2): one config blob, the layers, the annotations. */
record ImageManifest(Descriptor config, List<Descriptor> layers, Map<String, String> annotations) {

    /** A blob as the manifest points at it. */
    record Descriptor(String mediaType, String digest, long size) {
        static Descriptor of(String mediaType, byte[] content) {
            return new Descriptor(mediaType, Digest.sha256(content), content.length);
        }

        ObjectNode json() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("mediaType", mediaType);
            node.put("digest", digest);
            node.put("size", size);
            return node;
        }
    }

    /** Compact JSON with a fixed field order and sorted annotations: the same manifest is the same bytes. */
    byte[] json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("schemaVersion", 2);
        node.put("mediaType", ChartKind.IMAGE_MANIFEST);
        node.set("config", config.json());
        ArrayNode layerArray = node.putArray("layers");
        layers.forEach(layer -> layerArray.add(layer.json()));
        if (!annotations.isEmpty()) {
            ObjectNode annotationNode = node.putObject("annotations");
            new TreeMap<>(annotations).forEach(annotationNode::put);
        }
        return Json.bytes(node);
    }

    static ImageManifest parse(byte[] body, String what) {
        JsonNode root = Json.parse(body).filter(JsonNode::isObject)
                .orElseThrow(() -> new InputException(what + ": the registry's manifest is not a JSON object"));
        String mediaType = root.path("mediaType").asText(ChartKind.IMAGE_MANIFEST);
        if (ChartKind.IMAGE_INDEX.equals(mediaType) || root.has("manifests")) {
            throw new InputException(what + ": is an image index (a multi-platform image?), not a chart");
        }
        if (root.path("schemaVersion").asInt() != 2 || !ChartKind.IMAGE_MANIFEST.equals(mediaType)) {
            throw new InputException(what + ": is not a chart: manifest media type '" + mediaType
                    + "', schemaVersion " + root.path("schemaVersion").asText("?")
                    + " (expected " + ChartKind.IMAGE_MANIFEST + ", schemaVersion 2)");
        }
        Descriptor config = descriptor(root.path("config"), what + ": manifest config");
        List<Descriptor> layers = new ArrayList<>();
        for (JsonNode layer : root.path("layers")) {
            layers.add(descriptor(layer, what + ": manifest layer"));
        }
        Map<String, String> annotations = new TreeMap<>();
        root.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
        return new ImageManifest(config, List.copyOf(layers), annotations);
    }

    private static Descriptor descriptor(JsonNode node, String what) {
        if (!node.isObject() || !node.path("mediaType").isTextual() || !node.path("digest").isTextual()
                || !node.path("size").canConvertToLong() || node.path("size").asLong() < 0) {
            throw new InputException(what + ": needs mediaType, digest and size");
        }
        String digest = node.get("digest").asText();
        Digest.requireValid(digest, what);
        return new Descriptor(node.get("mediaType").asText(), digest, node.get("size").asLong());
    }
}
