package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FieldPath;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.DuplicateKey;
import io.stackgen.manifest.KubernetesSchema;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.List;

@LintRule(id = "HYG11", title = "Field the Kubernetes API does not know, wrong type, or key written twice",
        severity = Severity.MEDIUM, family = Family.HYG,
        rationale = "The API server drops fields it does not know (or, with strict field validation, rejects the "
                + "object): a typo like clusterIp for clusterIP silently turns a headless Service into a normal one. "
                + "A wrong type fails the apply. A key written twice is rejected by kubectl's strict decoding, and "
                + "where it is accepted only the last copy counts, so the first one is dead text that readers trust.",
        fix = "Correct the field name or type as the API reference spells it (kubectl explain <kind>.<field>), and "
                + "write each key once.",
        references = {"https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation",
                "https://kubernetes.io/docs/reference/kubernetes-api/"})
public final class StrictSchemaRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (ManifestObject object : set.objects()) {
            for (KubernetesSchema.Problem problem : KubernetesSchema.problems(object.data())) {
                findings.report(object, problem.path(), message(object, problem));
            }
            for (DuplicateKey duplicate : object.duplicates()) {
                List<Object> path = new ArrayList<>(duplicate.path());
                path.add(duplicate.key());
                findings.reportAt(object, path, duplicate.second(), Severity.MEDIUM, "key '" + duplicate.key()
                        + "' is written twice" + (duplicate.path().isEmpty() ? "" : " in " + FieldPath.render(duplicate.path()))
                        + " (first at line " + duplicate.first().line() + "); kubectl rejects the object, Helm keeps "
                        + "the last copy");
            }
        }
    }

    private static String message(ManifestObject object, KubernetesSchema.Problem problem) {
        String api = object.apiVersion() + " " + object.kind();
        return switch (problem.kind()) {
            case UNKNOWN_FIELD -> "field '" + problem.dottedPath() + "' is not in the " + api + " API, so the API "
                    + "server drops it" + (problem.didYouMean() == null ? "" : " (did you mean '" + problem.didYouMean() + "'?)");
            case WRONG_TYPE -> "'" + problem.dottedPath() + "' has the wrong type for the " + api + " API: " + problem.detail();
            case UNREADABLE -> "not a valid " + api + ": " + problem.detail();
        };
    }
}
