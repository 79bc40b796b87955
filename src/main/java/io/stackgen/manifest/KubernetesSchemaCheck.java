package io.stackgen.manifest;

import io.stackgen.common.InputException;
import java.util.List;

/**
 * Checks a rendered document is a Kubernetes object: apiVersion, kind and metadata.name are present, and for
 * kinds the Kubernetes API defines, every field is one the API knows, with the right type
 * ({@link KubernetesSchema}). Custom resources are checked for the envelope only.
 */
public final class KubernetesSchemaCheck {
    private KubernetesSchemaCheck() {
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
