package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellKnownDevKeysTest {
    @Test
    void knowsTheAnvilAccountsTheTestMnemonicsAndSubstrateSeeds() {
        assertThat(WellKnownDevKeys.in("", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"))
                .contains("the Anvil/Hardhat account 0 private key");
        assertThat(WellKnownDevKeys.in("", "0x59C6995E998F97A5A0044966F0945389DC9E86DAE88C7A8412F4603B6B78690D"))
                .contains("the Anvil/Hardhat account 1 private key");
        assertThat(WellKnownDevKeys.in("", "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"))
                .contains("the Anvil/Hardhat account 9 private key");
        assertThat(WellKnownDevKeys.in("", " test test test test test test\ntest test test test test junk ")).isPresent();
        assertThat(WellKnownDevKeys.in("", "bottom drive obey lake curtain smoke basket hold race lonely fit walk//Alice")).isPresent();
        assertThat(WellKnownDevKeys.in("", "//Alice")).isPresent();
        assertThat(WellKnownDevKeys.in("", "//Bob//stash")).isPresent();
        assertThat(WellKnownDevKeys.isDevAccountFlag("alice")).isTrue();
        assertThat(WellKnownDevKeys.isDevAccountFlag("validator")).isFalse();
    }

    @Test
    void repeatedByteKeysCountUnderKeyNamesButZeroHashesNever() {
        assertThat(WellKnownDevKeys.in("SIGNER_KEY", "0x" + "01".repeat(32))).contains("a repeated-byte test key");
        assertThat(WellKnownDevKeys.in("parentHash", "0x" + "01".repeat(32))).isEmpty();
        assertThat(WellKnownDevKeys.in("SIGNER_KEY", "0x" + "00".repeat(32))).isEmpty();
    }

    @Test
    void otherValuesAreNotWellKnown() {
        assertThat(WellKnownDevKeys.in("PRIVATE_KEY", "229b55c80e13837bc9fef1aa96fa0c9f425a038fb6709b50e5838d76f3996c4f")).isEmpty();
        assertThat(WellKnownDevKeys.in("", "test test test test test test test test test test test test")).isEmpty();
        assertThat(WellKnownDevKeys.in("", "//Alicex")).isEmpty();
        assertThat(WellKnownDevKeys.in("", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")).isEmpty();
    }
}
