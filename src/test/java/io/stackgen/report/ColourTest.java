package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourTest {
    @Test
    void aTerminalGetsColourAndAPipeDoesNot() {
        assertThat(Colour.wanted(true, Map.of())).isTrue();
        assertThat(Colour.wanted(false, Map.of())).isFalse();
    }

    @Test
    void anyNonEmptyNoColourTurnsItOffEvenWhenForced() {
        assertThat(Colour.wanted(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Colour.wanted(true, Map.of("NO_COLOR", "0"))).isFalse();
        assertThat(Colour.wanted(true, Map.of("NO_COLOR", "false"))).isFalse();
        assertThat(Colour.wanted(true, Map.of("NO_COLOR", "yes", "FORCE_COLOR", "1"))).isFalse();
    }

    @Test
    void anEmptyNoColourIsIgnored() {
        assertThat(Colour.wanted(true, Map.of("NO_COLOR", ""))).isTrue();
    }

    @Test
    void forceColourColoursAPipeUnlessItSaysNo() {
        assertThat(Colour.wanted(false, Map.of("FORCE_COLOR", "1"))).isTrue();
        assertThat(Colour.wanted(false, Map.of("FORCE_COLOR", "true"))).isTrue();
        assertThat(Colour.wanted(false, Map.of("FORCE_COLOR", ""))).isFalse();
        assertThat(Colour.wanted(true, Map.of("FORCE_COLOR", "0"))).isFalse();
        assertThat(Colour.wanted(true, Map.of("FORCE_COLOR", "false"))).isFalse();
    }

    @Test
    void aDumbTerminalGetsNoColour() {
        assertThat(Colour.wanted(true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(Colour.wanted(true, Map.of("TERM", "xterm-256color"))).isTrue();
    }
}
