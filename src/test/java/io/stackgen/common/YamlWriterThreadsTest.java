package io.stackgen.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** toyaml runs on every render thread of a fleet at once. */
class YamlWriterThreadsTest {
    @Test
    void threadsWritingAtOnceEachGetTheirOwnText() throws Exception {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inputs.add(Map.of("name", "probe-" + i, "httpGet", Map.of("path", "/health", "port", 8000 + i),
                    "args", List.of("--id", String.valueOf(i), "yes", Map.of("k" + i, List.of(i, i + 1)))));
        }
        List<String> expected = inputs.stream().map(YamlWriter::write).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int which = t;
                results.add(pool.submit(() -> {
                    for (int n = 0; n < 3_000; n++) {
                        if (!YamlWriter.write(inputs.get(which)).equals(expected.get(which))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
