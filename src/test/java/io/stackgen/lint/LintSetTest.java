package io.stackgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.manifest.ManifestReader;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LintSetTest {
    @Test
    void computesASharedFactOnceWhileAnotherRuleWaitsForIt() throws InterruptedException {
        LintSet set = LintSet.of(List.of(), "default");
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<LintSet, String> slow = s -> {
            computed.incrementAndGet();
            computing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "fact";
        };
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        Thread one = new Thread(() -> first.set(set.shared("key", slow)));
        one.start();
        computing.await();
        Thread two = new Thread(() -> second.set(set.shared("key", slow)));
        two.start();
        while (two.getState() != Thread.State.WAITING && two.isAlive()) {
            Thread.onSpinWait();
        }
        release.countDown();
        one.join();
        two.join();

        assertThat(computed).hasValue(1);
        assertThat(List.of(first.get(), second.get())).containsExactly("fact", "fact");
    }

    @Test
    void findsObjectsByKindInInputOrder() {
        List<io.stackgen.manifest.ManifestObject> objects = ManifestReader.read("k.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: b}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: c, namespace: other}
                """);
        LintSet set = LintSet.of(objects, "release");

        assertThat(set.ofKind("Service")).extracting(o -> o.name() + "@" + set.namespaceOf(o)).containsExactly("a@release", "c@other");
        assertThat(set.ofKind("Ingress")).isEmpty();
    }
}
