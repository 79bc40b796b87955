package io.stackgen.manifest;

import io.stackgen.common.InputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks a rendered document is a Kubernetes object: apiVersion, kind and metadata.name are present, and for
 * kinds the Kubernetes API defines, every field is one the API knows, with the right type
 * ({@link KubernetesSchema}). Custom resources are checked for the envelope only.
 */
public final class KubernetesSchemaCheck {
    private static final AtomicBoolean PREPARING = new AtomicBoolean();
    /** Objects whose first check builds what most charts' checks need: the whole pod-template model, and Service. */
    private static final List<Map<String, Object>> TYPICAL = List.of(
            Map.of("apiVersion", "apps/v1", "kind", "StatefulSet", "metadata", Map.of("name", "prepare"),
                    "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "prepare")))))),
            Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "prepare"),
                    "spec", Map.of("ports", List.of(Map.of("port", 1)))));

    private KubernetesSchemaCheck() {
    }

    /**
     * Starts building, on a thread of its own, what the first checks of typical objects need: the fabric8 pod-template
     * model's classes and their properties ({@link ModelShapes}), most of the checks' cost in a one-shot render. Called
     * when templates start rendering, on a thread that would otherwise wait; later checks find the work done.
     */
    public static void prepareInBackground() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                TYPICAL.forEach(KubernetesSchema::problems);
            } catch (RuntimeException e) {
                // only a head start: the real checks report any problem
            }
        }, "stackgen-prepare-checks");
        thread.setDaemon(true);
        thread.start();
    }

    public static void check(ManifestDocument document) {
        String where = document.file() + ": " + describe(document);
        requireString(document, "apiVersion", where);
        requireString(document, "kind", where);
        if (!document.kind().endsWith("List") && (document.name() == null || document.name().isBlank())) {
            throw new InputException(where + ": metadata.name is missing");
        }
        List<KubernetesSchema.Problem> problems = KubernetesSchema.problems(document.object());
        if (!problems.isEmpty()) {
            throw new InputException(where + ": " + message(problems.get(0), document));
        }
    }

    private static String message(KubernetesSchema.Problem problem, ManifestDocument document) {
        String path = problem.dottedPath();
        return switch (problem.kind()) {
            case UNKNOWN_FIELD -> "unknown field '" + path + "' (not in the " + document.apiVersion() + " "
                    + document.kind() + " API)";
            case WRONG_TYPE -> (path.isEmpty() ? "" : path + ": ") + "wrong type: " + problem.detail();
            case UNREADABLE -> "not a valid object: " + problem.detail();
        };
    }

    private static String describe(ManifestDocument document) {
        return (document.kind() == null ? "document " + (document.index() + 1) : document.describe());
    }

    private static void requireString(ManifestDocument document, String field, String where) {
        Object value = document.object().get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InputException(where + ": " + field + " is missing");
        }
    }
}
