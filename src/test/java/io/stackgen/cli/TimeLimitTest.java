package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
    @Test
    void workPastTheDeadlineIsAnInputError() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> TimeLimit.run(Duration.ofMillis(200), () -> "charts/slow: took too long", () -> {
            Thread.sleep(10_000);
            return 1;
        })).isInstanceOf(InputException.class).hasMessage("charts/slow: took too long");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void resultsAndInputErrorsPassThrough() {
        assertThat(TimeLimit.run(Duration.ofSeconds(5), () -> "x", () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> TimeLimit.run(Duration.ofSeconds(5), () -> "x", () -> {
            throw new InputException("bad values");
        })).isInstanceOf(InputException.class).hasMessage("bad values");
    }
}
