package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportsTest {
    @Test
    void everyFormatIsFoundByItsName() {
        assertThat(Reports.names()).containsExactly("text", "json", "sarif", "junit", "github");
        for (String name : Reports.names()) {
            assertThat(Reports.byName(name)).get().extracting(Report::name).isEqualTo(name);
        }
    }

    @Test
    void namesIgnoreCaseAndUnknownOnesAreEmpty() {
        assertThat(Reports.byName("SARIF")).get().isInstanceOf(SarifReport.class);
        assertThat(Reports.byName("xml")).isEmpty();
        assertThat(Reports.byName("")).isEmpty();
    }

    @Test
    void textIsTheDefault() {
        assertThat(Reports.defaultReport().name()).isEqualTo("text");
    }
}
