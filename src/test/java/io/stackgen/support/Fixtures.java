package io.stackgen.support;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
