package io.stackgen.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths into the repository's test-fixtures/ folder, wherever the tests run from. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("test-fixtures"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("test-fixtures/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path path(String relative) {
        return root().resolve("test-fixtures").resolve(relative);
    }

    public static String file(String relative) {
        return path(relative).toString();
    }

    /** Every chart's {@code examples/*.yaml}, sorted. */
    public static List<Path> chartExamples() throws IOException {
        try (Stream<Path> walk = Files.walk(root().resolve("charts"))) {
            return walk.filter(p -> p.getParent().getFileName().toString().equals("examples"))
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
