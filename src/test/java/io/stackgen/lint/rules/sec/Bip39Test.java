package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bip39Test {
    private static final String VALID_12 = "monkey sad ozone drill march weather hungry ticket deliver nephew elevator pond";
    private static final String VALID_24 = "crazy crouch neutral cattle hamster paddle use first pilot surround smart "
            + "correct uncle advance ancient wise orbit bridge zero impose sting private give obtain";

    @Test
    void shipsTheEnglishListOfTheBip39Specification() throws Exception {
        try (InputStream in = Bip39.class.getResourceAsStream("bip39-english.txt")) {
            byte[] bytes = in.readAllBytes();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            // the digest of bitcoin/bips bip-0039/english.txt
            assertThat(sha256).isEqualTo("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
        }
    }

    @Test
    void acceptsMnemonicsWithAValidChecksum() {
        assertThat(Bip39.isMnemonic(VALID_12)).isTrue();
        assertThat(Bip39.isMnemonic(VALID_24)).isTrue();
        assertThat(Bip39.isMnemonic("  " + VALID_12.replace(" ", "\n  ") + "\n")).isTrue();
        assertThat(Bip39.isMnemonic("test test test test test test test test test test test junk")).isTrue();
        assertThat(Bip39.wordCount(VALID_24)).isEqualTo(24);
    }

    @Test
    void rejectsABadChecksumAWrongLengthAndWordsOutsideTheList() {
        assertThat(Bip39.isMnemonic(VALID_12.replace("pond", "abandon"))).isFalse();
        assertThat(Bip39.checksumValid(List.of(VALID_12.replace("pond", "abandon").split(" ")))).isFalse();
        assertThat(Bip39.isMnemonic("test test test test test test test test test test test test")).isFalse();
        assertThat(Bip39.isMnemonic(VALID_12 + " pond")).isFalse();
        assertThat(Bip39.isMnemonic(VALID_12.replace("monkey", "monkeys"))).isFalse();
        assertThat(Bip39.isMnemonic("the quick brown fox jumps over the lazy dog and runs far away")).isFalse();
        assertThat(Bip39.wordCount("hunter2")).isZero();
    }
}
