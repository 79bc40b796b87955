package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyMaterialTest {
    private static final String KEY = "229b55c80e13837bc9fef1aa96fa0c9f425a038fb6709b50e5838d76f3996c4f";
    private static final String PEM_BODY = "MHcCAQEEIBh3cV0pXo2fN7Jq4kQwZr8sYt1mLx6aB9cD3eF5gH7iKoAoGCCqGSM49\n"
            + "AwEHoUQDQgAE4GXdcbiXBFBOhxK3Of8gR5qRCB5J0QzrHEDdKfs8v6DScBoV9g2y\n";

    @Test
    void a64HexValueIsAKeyOnlyUnderAKeyLikeNameAndWithEntropy() {
        assertThat(kind("PRIVATE_KEY", "0x" + KEY)).contains("64-hex private key");
        assertThat(kind("nodekey", KEY)).contains("64-hex private key");
        assertThat(kind("validator_secret", KEY)).contains("Linera validator_secret");
        assertThat(kind("parentHash", KEY)).isEmpty();
        assertThat(kind("stateRoot", "0x" + KEY)).isEmpty();
        assertThat(kind("", KEY)).isEmpty();
        assertThat(kind("key", "0x" + "00".repeat(32))).isEmpty();
        assertThat(kind("key", "0x" + "1234".repeat(16))).isEmpty();
    }

    @Test
    void addressesAndPublicKeysAreNotKeysWhateverTheirName() {
        assertThat(kind("private_key", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).isEmpty();
        assertThat(kind("private_key", "02a580bbda90f0ab10f015422d450b3e873166703af05abd77d8880852a3504e4d")).isEmpty();
        assertThat(kind("private_key", "03" + KEY)).isEmpty();
        assertThat(kind("private_key", KEY + KEY)).isEmpty();
        assertThat(kind("public_key", KEY)).isEmpty();
    }

    @Test
    void libp2pKeysAreRecognisedByTheirProtobufPrefixWithoutAName() {
        assertThat(kind("", "08021220" + KEY)).contains("libp2p secp256k1 private key");
        assertThat(kind("", "0x08021220" + KEY)).contains("libp2p secp256k1 private key");
        assertThat(kind("", "08011240" + KEY + KEY)).contains("libp2p Ed25519 private key");
        assertThat(kind("", "CAISII1hmXsBJUlac6PGpotIeOaO2W79WEZiyApe/hnUmvYa")).contains("libp2p secp256k1 private key");
        assertThat(kind("", "CAESQIxjKFH7BFuOR0OFNiAd0n8Dk9o5DQSp6tRT/CwIMir5l/w/MbE//Z+uyXpqBu6NQfxzN0tMsgEuEKDUTPY9CLc="))
                .contains("libp2p Ed25519 private key");
        assertThat(kind("", "08031220" + KEY)).isEmpty();
        assertThat(kind("", "CAISIhello")).isEmpty();
    }

    @Test
    void base64KeysNeedAKeyLikeName() {
        String ed25519 = "si9J3qU0C9u/5Ie1J2oxowATDrZFCfe6ThfyeARZbu+U7NNL/ZknsRTuQTbfVrVX5ALR6jbhaZr4YEtPbiiDxA==";
        assertThat(kind("priv_key.value", ed25519)).contains("CometBFT priv_key");
        assertThat(kind("wireguard_private_key", "xByL/HbK93cCrwNBkfR6dGDHvDxTGGhBUOkXcADnNPo=")).contains("base64 private key");
        assertThat(kind("pub_key.value", "UjxDQ0Wq3jxZp7Hq9n0e3o6uY1v2C3b4A5d6E7f8G9c=")).isEmpty();
        assertThat(kind("checksum", ed25519)).isEmpty();
    }

    @Test
    void pemPrivateKeysAreFoundOnTheirBeginLineAndCertificatesAreNot() {
        String text = "# tls\n-----BEGIN EC PRIVATE KEY-----\n" + PEM_BODY + "-----END EC PRIVATE KEY-----\n";
        assertThat(KeyMaterial.pemPrivateKey(text)).get().extracting(KeyMaterial.Found::line).isEqualTo(1);
        assertThat(KeyMaterial.pemPrivateKey("-----BEGIN OPENSSH PRIVATE KEY-----\n" + PEM_BODY)).isPresent();
        assertThat(KeyMaterial.pemPrivateKey("-----BEGIN CERTIFICATE-----\n" + PEM_BODY + "-----END CERTIFICATE-----")).isEmpty();
        assertThat(KeyMaterial.pemPrivateKey("-----BEGIN PUBLIC KEY-----\n" + PEM_BODY + "-----END PUBLIC KEY-----")).isEmpty();
        assertThat(KeyMaterial.pemPrivateKey("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----")).isEmpty();
    }

    @Test
    void mnemonicsAreKeyMaterialUnderAnyName() {
        assertThat(kind("notes", "monkey sad ozone drill march weather hungry ticket deliver nephew elevator pond"))
                .contains("BIP-39 mnemonic of 12 words");
        assertThat(kind("notes", "monkey sad ozone drill march weather hungry ticket deliver nephew elevator abandon")).isEmpty();
    }

    @Test
    void keystoresAreRecognisedByTheirCipherField() {
        assertThat(KeyMaterial.keystore(List.of("crypto", "ciphertext"))).get().extracting(KeyMaterial.Found::encrypted).isEqualTo(true);
        assertThat(KeyMaterial.keystore(List.of("Crypto", "ciphertext"))).isPresent();
        assertThat(KeyMaterial.keystore(List.of("crypto", "cipher", "message"))).isPresent();
        assertThat(KeyMaterial.keystore(List.of("crypto", "kdf", "function"))).isEmpty();
        assertThat(KeyMaterial.keystore(List.of("ciphertext"))).isEmpty();
    }

    private static Optional<String> kind(String name, String value) {
        return KeyMaterial.inValue(name, value).map(KeyMaterial.Found::kind);
    }
}
