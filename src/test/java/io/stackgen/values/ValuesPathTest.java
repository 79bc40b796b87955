package io.stackgen.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesPathTest {

    @Test
    void rendersKeysIndexesAndDottedKeys() {
        assertThat(ValuesPath.render(List.of("shards", "replicas"))).isEqualTo("shards.replicas");
        assertThat(ValuesPath.render(List.of("ingress", "hosts", 0, "host"))).isEqualTo("ingress.hosts[0].host");
        assertThat(ValuesPath.render(List.of("nodeSelector", "kubernetes.io/role")))
                .isEqualTo("nodeSelector[\"kubernetes.io/role\"]");
    }

    @Test
    void jsonPointerIndexesOnlyIntoLists() {
        Map<String, Object> tree = ValuesFile.parse("v.yaml", "ingress:\n  hosts: [{host: h}]\ncodes: {\"0\": x}\n\"a/b\": {\"~c\": 1}\n").tree();
        assertThat(ValuesPath.fromJsonPointer("/ingress/hosts/0/host", tree)).isEqualTo(List.of("ingress", "hosts", 0, "host"));
        assertThat(ValuesPath.fromJsonPointer("/codes/0", tree)).isEqualTo(List.of("codes", "0"));
        assertThat(ValuesPath.fromJsonPointer("/a~1b/~0c", tree)).isEqualTo(List.of("a/b", "~c"));
        assertThat(ValuesPath.fromJsonPointer("", tree)).isEmpty();
    }
}
