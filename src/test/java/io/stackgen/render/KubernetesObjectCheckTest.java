package io.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rendered document must be a Kubernetes object; built-in kinds are checked field by field. */
class KubernetesObjectCheckTest {
    @TempDir
    Path dir;

    private CliRun render(String template) {
        return CliRun.of("render", TestChart.in(dir).template("svc.yaml.j2", template).path());
    }

    @Test
    void unknownFieldInCoreKindNamesFieldAndTemplate() {
        CliRun run = render("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  clusterIp: None\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("templates/svc.yaml.j2").contains("Service/s").contains("unknown field 'spec.clusterIp'");
    }

    @Test
    void unknownFieldDeepInAPodTemplate() {
        CliRun run = render("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  serviceName: s\n"
                + "  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n"
                + "      containers:\n        - name: c\n          image: x\n          imagePullPolicyy: Always\n");

        assertThat(run.err()).contains("unknown field 'spec.template.spec.containers[0].imagePullPolicyy'");
    }

    @Test
    void itemsOfAListAreCheckedAsTheirOwnKind() {
        CliRun run = render("apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n"
                + "    metadata: {name: c}\n    dataa: {}\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown field 'items[0].dataa'");
    }

    @Test
    void wrongTypeNamesTheField() {
        CliRun run = render("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  replicas: lots\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("spec.replicas: wrong type");
    }

    @Test
    void booleanWhereTheApiWantsAStringIsAnError() {
        CliRun run = render("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    enabled: true\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ConfigMap/c: metadata.annotations.enabled: wrong type");
    }

    @Test
    void quantitiesAndIntOrStringsStillTakeNumbers() {
        CliRun run = render("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n"
                + "---\napiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n  limits:\n    - type: Container\n      max: {cpu: 2, memory: 1Gi}\n");

        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void notYamlOrNotAnObjectIsAnError() {
        assertThat(render("apiVersion: v1\nkind: [unclosed\n").err()).contains("is not valid YAML");
        assertThat(render("- just\n- a list\n").err()).contains("not a Kubernetes object");
        assertThat(render("apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n").err()).contains("metadata.name is missing");
    }

    @Test
    void customResourcesPassWithTheirEnvelope() {
        CliRun run = render("apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: m}\nspec:\n  anything: goes\n");

        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void documentsComeOutInHelmInstallOrder() {
        CliRun run = render("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n---\n"
                + "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n---\n"
                + "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n"
                + "apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n");

        assertThat(run.out().lines().filter(l -> l.startsWith("kind:")).toList())
                .containsExactly("kind: Namespace", "kind: Service", "kind: Deployment", "kind: Widget");
    }
}
