package io.stackgen.hostile;

import static io.stackgen.hostile.BadInputs.fixture;
import static io.stackgen.hostile.BadInputs.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Hostile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lint input that is YAML but not Kubernetes objects, or nothing at all. An empty input is refused: it is what a
 * failed {@code helm template ... | stackgen lint -} hands on, and "no findings" would hide the failure.
 */
class BadLintInputTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            manifests/empty.yaml                 | empty.yaml: no Kubernetes objects to lint (the input is empty)
            manifests/empty-documents.yaml       | empty-documents.yaml: no Kubernetes objects to lint (the input is empty)
            manifests/not-an-object.yaml         | not-an-object.yaml:1: not a Kubernetes object (the document is not a YAML mapping)
            manifests/no-kind.yaml               | no-kind.yaml:1: not a Kubernetes object (no kind)
            bombs/self-reference-object.yaml     | self-reference-object.yaml:5:7: a list or map contains itself through an alias
            """)
    void refused(String fixture, String message) {
        Hostile.run("lint", fixture(fixture)).fails(2).says(message);
    }

    @Test
    void emptyStandardInputIsRefused() {
        withStdin(new byte[0], () -> Hostile.run("lint", "-")).fails(2)
                .says("<stdin>: no Kubernetes objects to lint (the input is empty)");
    }

    @Test
    void aDirectoryWithoutManifestsIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("notes.txt"), "not a manifest\n");
        Hostile.run("lint", dir.toString()).fails(2).says(dir + ": no Kubernetes objects to lint (the input is empty)");
    }

    /** An empty file among others is fine: the input as a whole holds objects. */
    @Test
    void anEmptyFileInADirectoryOfManifestsIsFine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.copy(Path.of(fixture("manifests/valid.yaml")), dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("b.yaml"), "");
        Hostile.Outcome run = Hostile.run("lint", dir.toString(), "--fail-on", "critical");
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    /** A key written twice is a finding (HYG11, medium), not an input error: the linter points at it. */
    @Test
    void aDuplicateKeyIsAFinding() {
        Hostile.Outcome run = Hostile.run("lint", fixture("manifests/duplicate-key.yaml"), "--fail-on", "medium").fails(1);
        assertThat(run.out()).contains("duplicate-key.yaml:7:3: MEDIUM HYG11 ConfigMap/default/settings: key 'mode' is written twice");
    }
}
