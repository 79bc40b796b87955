package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyTest {
    @Test
    void measuresBitsPerCharacter() {
        assertThat(Entropy.bitsPerChar("")).isZero();
        assertThat(Entropy.bitsPerChar("0000000000")).isZero();
        assertThat(Entropy.bitsPerChar("01010101")).isEqualTo(1.0, within(1e-9));
        assertThat(Entropy.bitsPerChar("0123456789abcdef")).isEqualTo(4.0, within(1e-9));
        assertThat(Entropy.bitsPerChar("12345")).isEqualTo(2.32, within(0.01));
    }

    @Test
    void randomKeysClearTheHexLimitAndPatternedHexDoesNot() {
        assertThat(Entropy.bitsPerChar("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"))
                .isEqualTo(3.78, within(0.01)).isGreaterThan(KeyMaterial.HEX_KEY_MIN_ENTROPY);
        assertThat(Entropy.bitsPerChar("0101010101010101010101010101010101010101010101010101010101010101"))
                .isLessThan(KeyMaterial.HEX_KEY_MIN_ENTROPY);
        assertThat(Entropy.bitsPerChar("1234123412341234123412341234123412341234123412341234123412341234"))
                .isLessThan(KeyMaterial.HEX_KEY_MIN_ENTROPY);
    }
}
