package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.LintSet;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerSetTest {
    private static final List<ManifestObject> OBJECTS = ManifestReader.read("cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {db_password: hunter2}\n");

    @Test
    void computesOncePerSet() {
        AtomicInteger computed = new AtomicInteger();
        PerSet<Integer> perSet = new PerSet<>(set -> computed.incrementAndGet());
        LintSet one = LintSet.of(OBJECTS, "default");
        LintSet other = LintSet.of(OBJECTS, "default");

        assertThat(perSet.of(one)).isEqualTo(1);
        assertThat(perSet.of(one)).isEqualTo(1);
        assertThat(perSet.of(other)).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void rulesShareOneScanOfEachStoredEntry() {
        LintSet set = LintSet.of(OBJECTS, "default");

        List<SecretScan.Scanned> first = SecretScan.of(set, OBJECTS.get(0));

        assertThat(first).singleElement().satisfies(s -> assertThat(s.hits()).hasSize(1));
        assertThat(SecretScan.of(set, OBJECTS.get(0))).isSameAs(first);
    }
}
