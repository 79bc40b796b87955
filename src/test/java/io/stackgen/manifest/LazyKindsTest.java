package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lazily filled fabric8 kind mapping resolves every kind as fabric8's full class-path scan does. */
class LazyKindsTest {
    private final KubernetesDeserializer fullScan = new KubernetesDeserializer();

    @Test
    void everyListedModelClassResolvesAsInTheFullScan() throws ClassNotFoundException {
        List<String> listed = LazyKinds.listedClasses(getClass().getClassLoader()).values().stream()
                .flatMap(List::stream).toList();
        assertThat(listed).as("fabric8's model classes").hasSizeGreaterThan(100);

        for (String name : listed) {
            Class<? extends KubernetesResource> type = Class.forName(name).asSubclass(KubernetesResource.class);
            String apiVersion = HasMetadata.getApiVersion(type);
            String kind = HasMetadata.getKind(type);
            LazyKinds lazy = new LazyKinds();
            lazy.register(kind);

            assertThat(lazy.deserializer().getRegisteredKind(apiVersion, kind))
                    .as("%s %s (%s); a kind not named like its class belongs in LazyKinds.RENAMED", apiVersion, kind, name)
                    .isNotNull()
                    .isEqualTo(fullScan.getRegisteredKind(apiVersion, kind));
        }
    }

    @Test
    void kindsFabric8DoesNotModelStayUnregistered() {
        LazyKinds lazy = new LazyKinds();
        lazy.register("Gateway");

        assertThat(lazy.deserializer().getRegisteredKind("gateway.networking.k8s.io/v1", "Gateway")).isNull();
        assertThat(fullScan.getRegisteredKind("gateway.networking.k8s.io/v1", "Gateway")).isNull();
    }

    @Test
    void nestedKindsAreRegisteredWithTheirList() {
        LazyKinds lazy = new LazyKinds();
        lazy.registerKindsIn(Map.of("apiVersion", "v1", "kind", "List",
                "items", List.of(Map.of("apiVersion", "v1", "kind", "ConfigMap"))));

        assertThat(lazy.deserializer().getRegisteredKind("v1", "List")).isEqualTo(fullScan.getRegisteredKind("v1", "List"));
        assertThat(lazy.deserializer().getRegisteredKind("v1", "ConfigMap")).isEqualTo(fullScan.getRegisteredKind("v1", "ConfigMap"));
    }
}
