package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtifactPathTest {
    private static final Path WORKDIR = Path.of("/repo");

    @Test
    void pathsInsideTheWorkingDirectoryBecomeRelative() {
        assertThat(ArtifactPath.of("/repo/deploy/a.yaml", WORKDIR)).isEqualTo(new ArtifactPath("deploy/a.yaml", true));
        assertThat(ArtifactPath.of("./deploy/../b.yaml", WORKDIR)).isEqualTo(new ArtifactPath("b.yaml", true));
        assertThat(ArtifactPath.of("deploy/a.yaml", WORKDIR).uri()).isEqualTo("deploy/a.yaml");
    }

    @Test
    void pathsOutsideItStayAbsoluteAsFileUris() {
        ArtifactPath outside = ArtifactPath.of("../other/x y.yaml", WORKDIR);
        assertThat(outside).isEqualTo(new ArtifactPath("/other/x y.yaml", false));
        assertThat(outside.uri()).isEqualTo("file:///other/x%20y.yaml");
    }

    @Test
    void everythingButUnreservedCharactersIsPercentEncoded() {
        assertThat(ArtifactPath.of("a b/c#d?e%f:g@h+i~j_k-l.m/ü.yaml", WORKDIR).uri())
                .isEqualTo("a%20b/c%23d%3Fe%25f%3Ag%40h%2Bi~j_k-l.m/%C3%BC.yaml");
    }
}
