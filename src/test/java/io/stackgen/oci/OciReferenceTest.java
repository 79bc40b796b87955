package io.stackgen.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OciReferenceTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void aChartReferenceHasHostRepositoryAndTag() {
        OciReference ref = OciReference.chart("oci://Registry.example:5000/team/charts/linera-validator:0.2.1");

        assertThat(ref).isEqualTo(new OciReference("registry.example:5000", "team/charts/linera-validator",
                Optional.of("0.2.1"), Optional.empty()));
        assertThat(ref.name()).isEqualTo("linera-validator");
        assertThat(ref.manifestReference()).isEqualTo("0.2.1");
    }

    @Test
    void aVersionWithBuildMetadataBecomesAnUnderscoreTag() {
        assertThat(OciReference.chart("oci://r.example/c/x:1.0.0+build.1").tag()).contains("1.0.0_build.1");
    }

    @Test
    void aPinnedDigestIsPreferredOverTheTag() {
        OciReference ref = OciReference.chart("oci://r.example/c/x:1.0.0@" + DIGEST);

        assertThat(ref.manifestReference()).isEqualTo(DIGEST);
        assertThat(ref).hasToString("r.example/c/x:1.0.0@" + DIGEST);
    }

    @Test
    void pushAppendsNameAndTagToTheRepository() {
        assertThat(OciReference.repository("oci://localhost:5000/charts/").child("demo", "1.0.0+g1"))
                .hasToString("localhost:5000/charts/demo:1.0.0_g1");
        assertThat(OciReference.repository("oci://[::1]:5000").child("demo", "1.0.0"))
                .hasToString("[::1]:5000/demo:1.0.0");
    }

    @Test
    void malformedReferencesSayWhatIsWrong() {
        assertThatThrownBy(() -> OciReference.chart("https://r.example/c/x:1"))
                .isInstanceOf(InputException.class).hasMessageContaining("not an OCI reference");
        assertThatThrownBy(() -> OciReference.chart("oci://r.example/c/x"))
                .isInstanceOf(InputException.class).hasMessageContaining("names no version: add ':VERSION'");
        assertThatThrownBy(() -> OciReference.chart("oci://r.example/Upper/x:1.0.0"))
                .isInstanceOf(InputException.class).hasMessageContaining("'Upper/x' is not a repository name");
        assertThatThrownBy(() -> OciReference.chart("oci://r.example/c/x@sha256:1234"))
                .isInstanceOf(InputException.class).hasMessageContaining("'sha256:1234' is not a sha256 digest");
        assertThatThrownBy(() -> OciReference.repository("oci://r.example/c:1.0.0"))
                .isInstanceOf(InputException.class).hasMessageContaining("push takes a repository");
        assertThatThrownBy(() -> OciReference.chart("oci://user:pw@r.example/c/x:1"))
                .isInstanceOf(InputException.class);
    }
}
