package io.stackgen.lint;

import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.List;

/** Tiny rules for testing the engine and the command without depending on the real rules. */
public final class TestRules {
    private TestRules() {
    }

    /** TST01 low, TST02 high, TST03 critical, TST04 medium. */
    public static List<Rule> all() {
        return List.of(new ServiceOrConfigMap(), new NamedDanger(), new LatestImage(), new NamedMedium());
    }

    @LintRule(id = "TST01", title = "A Service or a ConfigMap", severity = Severity.LOW, family = Family.HYG,
            rationale = "Test rule: fires on every Service and ConfigMap.", fix = "Nothing to fix.",
            references = {"https://example.com/tst01"})
    public static final class ServiceOrConfigMap implements Rule {
        @Override
        public void check(LintSet set, FindingSink findings) {
            for (ManifestObject object : set.objects()) {
                if (object.kind().equals("Service") || object.kind().equals("ConfigMap")) {
                    findings.report(object, List.of("metadata", "name"), object.kind() + " " + object.name());
                }
            }
        }
    }

    @LintRule(id = "TST02", title = "Named danger | pipe", severity = Severity.HIGH, family = Family.DS,
            rationale = "Test rule: fires on objects whose name starts with 'danger'.", fix = "Rename it.")
    public static final class NamedDanger implements Rule {
        @Override
        public void check(LintSet set, FindingSink findings) {
            for (ManifestObject object : set.objects()) {
                if (object.name().startsWith("danger")) {
                    findings.report(object, List.of("metadata", "name"), "dangerous name");
                }
            }
        }
    }

    @LintRule(id = "TST03", title = "Latest image", severity = Severity.CRITICAL, family = Family.SEC,
            rationale = "Test rule: fires on containers whose image ends with :latest.", fix = "Pin the image.")
    public static final class LatestImage implements Rule {
        @Override
        public void check(LintSet set, FindingSink findings) {
            for (Workload workload : set.workloads()) {
                for (Container container : workload.allContainers()) {
                    if (container.image().endsWith(":latest")) {
                        findings.report(workload.object(), container.at("image"), "image " + container.name() + " is latest");
                    }
                }
            }
        }
    }

    @LintRule(id = "TST04", title = "Named medium", severity = Severity.MEDIUM, family = Family.NET,
            rationale = "Test rule: fires on objects whose name starts with 'medium'.", fix = "Rename it.")
    public static final class NamedMedium implements Rule {
        @Override
        public void check(LintSet set, FindingSink findings) {
            for (ManifestObject object : set.objects()) {
                if (object.name().startsWith("medium")) {
                    findings.report(object, List.of("metadata", "name"), "medium name");
                }
            }
        }
    }
}
