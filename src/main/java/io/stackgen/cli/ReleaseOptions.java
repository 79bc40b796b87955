package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.render.Release;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The flags that say which release to render: [NAME] CHART, values, namespace, capabilities. */
public final class ReleaseOptions {
    @Parameters(arity = "0..2", paramLabel = "[NAME] CHART",
            description = "Optional release name (Helm's order), then the chart.")
    List<String> positional = new ArrayList<>();

    @Mixin
    ValuesOptions values = new ValuesOptions();

    @Option(names = "--release", paramLabel = "NAME", description = "Release name (default: release-name).")
    String release;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = "default",
            description = "Release namespace (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--kube-version", paramLabel = "VERSION", defaultValue = Release.DEFAULT_KUBE_VERSION,
            description = "Kubernetes version for capabilities.kubeVersion (default: ${DEFAULT-VALUE}).")
    String kubeVersion;

    @Option(names = {"-a", "--api-versions"}, paramLabel = "API",
            description = "Extra API versions for capabilities.apiVersions, e.g. monitoring.coreos.com/v1 (repeatable).")
    List<String> apiVersions = new ArrayList<>();

    @Option(names = "--skip-schema-validation", description = "Do not check values against values.schema.json.")
    boolean skipSchemaValidation;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up if rendering takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    String chart() {
        if (positional.isEmpty()) {
            throw new InputException("missing CHART: a built-in chart's name, a chart directory or an oci:// reference");
        }
        return positional.get(positional.size() - 1);
    }

    Duration timeout() {
        return TimeoutSeconds.of(timeoutSeconds);
    }

    String releaseName() {
        if (positional.size() == 2 && release != null && !release.equals(positional.get(0))) {
            throw new InputException("release name given twice: '" + positional.get(0) + "' and --release '" + release + "'");
        }
        return positional.size() == 2 ? positional.get(0) : (release == null ? "release-name" : release);
    }

    RenderRequest request(List<String> showOnly) {
        return new RenderRequest(chart(), releaseName(), namespace, kubeVersion, apiVersions, values, showOnly,
                !skipSchemaValidation, timeout());
    }

    /**
     * The flags as a command line that renders the same release, in a fixed order: values given with
     * --set, --set-string, --set-json and --set-literal show as {@code key=...}, since they may be secrets.
     */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        out.add(releaseName());
        out.add(chart());
        if (!"default".equals(namespace)) {
            out.add("-n");
            out.add(namespace);
        }
        values.valuesFiles.forEach(f -> add(out, "-f", f));
        out.addAll(values.set.describeWithoutValues());
        if (!Release.DEFAULT_KUBE_VERSION.equals(kubeVersion)) {
            add(out, "--kube-version", kubeVersion);
        }
        apiVersions.forEach(a -> add(out, "-a", a));
        if (skipSchemaValidation) {
            out.add("--skip-schema-validation");
        }
        return out;
    }

    private static void add(List<String> out, String flag, String value) {
        out.add(flag);
        out.add(value);
    }
}
