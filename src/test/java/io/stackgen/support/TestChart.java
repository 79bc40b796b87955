package io.stackgen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small chart into a folder, for tests of the render engine. */
public final class TestChart {
    private final Path root;

    private TestChart(Path root) {
        this.root = root;
    }

    public static TestChart in(Path dir) {
        return named(dir, "demo", "1.0.0");
    }

    /** A chart with that name and version in Chart.yaml (appVersion "2.0"), no values, no templates. */
    public static TestChart named(Path dir, String name, String version) {
        TestChart chart = new TestChart(dir);
        chart.file("Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: " + version + "\nappVersion: \"2.0\"\n");
        chart.file("values.yaml", "");
        return chart;
    }

    /** Adds Chart.yaml's {@code dependencies:} list, given as its YAML items. */
    public TestChart dependencies(String items) {
        try {
            Files.writeString(root.resolve("Chart.yaml"), "dependencies:\n" + items, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestChart values(String yaml) {
        return file("values.yaml", yaml);
    }

    public TestChart template(String name, String text) {
        return file("templates/" + name, text);
    }

    public TestChart file(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String path() {
        return root.toString();
    }

    /** A ConfigMap template whose data.v is the given expression or block. */
    public static String configMap(String body) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n" + body + "\n";
    }
}
