package io.stackgen.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionConstraintTest {

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "0.2.1             ; 0.2.1        ; true",
        "0.2.1             ; 0.2.2        ; false",
        "=0.2.1            ; 0.2.1        ; true",
        "v0.2.1            ; 0.2.1        ; true",
        "0.2               ; 0.2.9        ; true",
        "0.2               ; 0.3.0        ; false",
        "0.2.x             ; 0.2.5        ; true",
        "1.x               ; 1.9.0        ; true",
        "1.x               ; 2.0.0        ; false",
        "*                 ; 7.1.2        ; true",
        "^1.2.3            ; 1.9.0        ; true",
        "^1.2.3            ; 1.2.2        ; false",
        "^1.2.3            ; 2.0.0        ; false",
        "^0.2.3            ; 0.2.9        ; true",
        "^0.2.3            ; 0.3.0        ; false",
        "^0.0.3            ; 0.0.4        ; false",
        "~1.2.3            ; 1.2.9        ; true",
        "~1.2.3            ; 1.3.0        ; false",
        "~1                ; 1.9.9        ; true",
        ">=1.0.0 <2.0.0    ; 1.5.0        ; true",
        ">=1.0.0, <2.0.0   ; 2.0.0        ; false",
        ">1.2              ; 1.2.9        ; false",
        ">1.2              ; 1.3.0        ; true",
        "<=1.2             ; 1.2.9        ; true",
        "!=1.2.3           ; 1.2.3        ; false",
        "1.0.0 || 2.x      ; 2.4.0        ; true",
        "1.0.0 || 2.x      ; 1.5.0        ; false",
        "^1.0.0            ; 1.1.0-beta.1 ; false",
        ">=1.1.0-alpha     ; 1.1.0-beta.1 ; true",
        ">=1.1.0-beta.2    ; 1.1.0-beta.10; true",
    })
    void matchesLikeHelm(String constraint, String version, boolean allowed) {
        assertThat(VersionConstraint.parse("test", constraint).allows(version)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"latest", "1.2.3.4", "'>= '", "'1.0.0 ||'"})
    void unreadableConstraintIsAnInputError(String constraint) {
        assertThatThrownBy(() -> VersionConstraint.parse("Chart.yaml: dependency 'x': version", constraint))
                .isInstanceOf(InputException.class)
                .hasMessage("Chart.yaml: dependency 'x': version: '" + constraint + "' is not a version or version constraint");
    }
}
