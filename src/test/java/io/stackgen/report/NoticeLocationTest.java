package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NoticeLocationTest {
    @Test
    void readsFileLineAndColumn() {
        assertThat(NoticeLocation.parse(".stackgen.yaml:12:5"))
                .contains(new NoticeLocation(".stackgen.yaml", 12, OptionalInt.of(5)));
        assertThat(NoticeLocation.parse("c:/w/lint.yaml:7")).contains(new NoticeLocation("c:/w/lint.yaml", 7, OptionalInt.empty()));
    }

    @Test
    void anythingElseHasNoPlace() {
        assertThat(NoticeLocation.parse("--config")).isEmpty();
        assertThat(NoticeLocation.parse("StatefulSet/ns/x")).isEmpty();
        assertThat(NoticeLocation.parse(":12")).isEmpty();
    }
}
