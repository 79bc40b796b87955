package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesSchemaTest {
    private static Map<String, Object> object(String yaml) {
        return ManifestReader.read("x.yaml", yaml).get(0).data();
    }

    @Test
    void listsEveryUnknownFieldWithItsPathAndTheFieldItsCaseMatches() {
        List<KubernetesSchema.Problem> problems = KubernetesSchema.problems(object("""
                apiVersion: v1
                kind: Service
                metadata: {name: s, lables: {a: b}}
                spec:
                  clusterIp: None
                  ports:
                    - port: 80
                      targetport: 8080
                """));

        assertThat(problems).extracting(KubernetesSchema.Problem::path, KubernetesSchema.Problem::kind,
                        KubernetesSchema.Problem::didYouMean)
                .containsExactlyInAnyOrder(
                        tuple(List.of("metadata", "lables"), KubernetesSchema.Kind.UNKNOWN_FIELD, null),
                        tuple(List.of("spec", "clusterIp"), KubernetesSchema.Kind.UNKNOWN_FIELD, "clusterIP"),
                        tuple(List.of("spec", "ports", 0, "targetport"), KubernetesSchema.Kind.UNKNOWN_FIELD, "targetPort"));
    }

    @Test
    void wrongTypeNamesThePathAndTheExpectedTypeInPlainWords() {
        List<KubernetesSchema.Problem> problems = KubernetesSchema.problems(object("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: s}
                spec: {replicas: lots}
                """));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(KubernetesSchema.Kind.WRONG_TYPE);
            assertThat(p.dottedPath()).isEqualTo("spec.replicas");
            assertThat(p.detail()).contains("integer").doesNotContain("java.lang");
        });
    }

    @Test
    void customResourcesAreCheckedForTheirMetadataOnly() {
        assertThat(KubernetesSchema.knows("monitoring.coreos.com/v1", "ServiceMonitor")).isFalse();
        assertThat(KubernetesSchema.problems(object("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m}
                spec: {anything: goes}
                """))).isEmpty();
        assertThat(KubernetesSchema.problems(object("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m, labels: {enabled: true}}
                """))).singleElement().satisfies(p -> assertThat(p.path()).containsExactly("metadata", "labels", "enabled"));
    }
}
