package io.stackgen.render;

import io.stackgen.chart.Chart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names a template sees: values, release, chart, capabilities, files. */
final class TemplateContext {
    /** The API versions every supported Kubernetes release serves (Helm's default capability set). */
    static final List<String> BUILTIN_API_VERSIONS = List.of(
            "v1", "admissionregistration.k8s.io/v1", "apiextensions.k8s.io/v1", "apiregistration.k8s.io/v1",
            "apps/v1", "authentication.k8s.io/v1", "authorization.k8s.io/v1", "autoscaling/v1", "autoscaling/v2",
            "batch/v1", "certificates.k8s.io/v1", "coordination.k8s.io/v1", "discovery.k8s.io/v1",
            "events.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1", "networking.k8s.io/v1", "node.k8s.io/v1",
            "policy/v1", "rbac.authorization.k8s.io/v1", "scheduling.k8s.io/v1", "storage.k8s.io/v1");

    private TemplateContext() {
    }

    static Map<String, Object> build(Chart chart, Map<String, Object> values, Release release) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("values", new StrictMap(values, "values"));
        context.put("release", new StrictMap(Map.of(
                "name", release.name(),
                "namespace", release.namespace(),
                "service", "stackgen",
                "isInstall", true,
                "isUpgrade", false,
                "revision", 1L), "release"));
        Map<String, Object> chartInfo = new LinkedHashMap<>();
        chartInfo.put("name", chart.name());
        chartInfo.put("version", chart.metadata().version());
        chartInfo.put("appVersion", nullToEmpty(chart.metadata().appVersion()));
        chartInfo.put("description", nullToEmpty(chart.metadata().description()));
        chartInfo.put("type", chart.metadata().type() == null ? "application" : chart.metadata().type());
        context.put("chart", new StrictMap(chartInfo, "chart"));
        context.put("capabilities", new StrictMap(capabilities(release), "capabilities"));
        context.put("files", new ChartFiles(chart));
        return context;
    }

    private static Map<String, Object> capabilities(Release release) {
        String version = release.kubeVersion().startsWith("v") ? release.kubeVersion() : "v" + release.kubeVersion();
        String[] parts = version.substring(1).split("[.+-]");
        Map<String, Object> kube = new LinkedHashMap<>();
        kube.put("version", version);
        kube.put("major", parts[0]);
        kube.put("minor", parts.length > 1 ? parts[1] : "0");
        List<String> apis = new ArrayList<>(BUILTIN_API_VERSIONS);
        release.extraApiVersions().stream().filter(a -> !apis.contains(a)).forEach(apis::add);
        Map<String, Object> capabilities = new LinkedHashMap<>();
        capabilities.put("kubeVersion", kube);
        capabilities.put("apiVersions", apis);
        return capabilities;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
