package io.stackgen.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives from a registry are untrusted: every way out of the chart folder, or past the limits, is refused in one line. */
class ChartArchiveTest {
    private static final Instant TIME = Instant.parse("2024-05-01T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void readsWhatTheWriterWrote() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("Chart.yaml", bytes("apiVersion: v2\nname: demo\nversion: 1.2.3\nappVersion: \"9\"\n"));
        files.put("templates/a.yaml", bytes("a: 1\n"));

        ChartArchive archive = ChartArchive.read(TarGzWriter.write("demo", files, TIME), "demo.tgz");

        assertThat(archive.name()).isEqualTo("demo");
        assertThat(archive.version()).isEqualTo("1.2.3");
        assertThat(archive.chartYaml()).containsEntry("appVersion", "9");
        assertThat(archive.kind()).isEqualTo(ChartArchive.Kind.HELM);
        assertThat(archive.modified()).isEqualTo(TIME);
        assertThat(archive.files()).containsOnlyKeys("Chart.yaml", "templates/a.yaml");
    }

    @Test
    void aChartCarryingItsTemplateLibraryIsASourceChartUnlessTheCallerKnowsBetter() {
        byte[] tgz = RawArchive.chart().file("demo/library/common/names.j2", "{# names #}\n").tgz();

        assertThat(ChartArchive.read(tgz, "x").kind()).isEqualTo(ChartArchive.Kind.STACKGEN_SOURCE);
        assertThat(ChartArchive.read(tgz, "x", ChartArchive.Kind.HELM).kind()).isEqualTo(ChartArchive.Kind.HELM);
        assertThat(ChartArchive.Kind.HELM.fileName("demo", "1.0.0")).isEqualTo("demo-1.0.0.tgz");
        assertThat(ChartArchive.Kind.STACKGEN_SOURCE.fileName("demo", "1.0.0")).isEqualTo("demo-1.0.0.stackgen.tgz");
    }

    @Test
    void refusesPathTraversal() {
        assertRefused(RawArchive.chart().file("demo/../evil.sh", "x").tgz(),
                "hostile.tgz: entry 'demo/../evil.sh' climbs out of the archive with '..'");
        assertRefused(RawArchive.chart().file("demo/templates/../../../etc/cron.d/x", "x").tgz(),
                "hostile.tgz: entry 'demo/templates/../../../etc/cron.d/x' climbs out of the archive with '..'");
    }

    @Test
    void refusesAbsolutePaths() {
        assertRefused(RawArchive.chart().file("/etc/passwd", "x").tgz(), "hostile.tgz: entry '/etc/passwd' has an absolute path");
        assertRefused(RawArchive.chart().file("C:/Windows/x", "x").tgz(), "hostile.tgz: entry 'C:/Windows/x' has an absolute path");
    }

    @Test
    void refusesLinks() {
        assertRefused(RawArchive.chart().link("demo/values.yaml", TarConstants.LF_SYMLINK, "/etc/shadow").tgz(),
                "hostile.tgz: entry 'demo/values.yaml' is a symbolic link (to '/etc/shadow'); a chart archive holds only files and directories");
        assertRefused(RawArchive.chart().link("demo/values.yaml", TarConstants.LF_LINK, "demo/Chart.yaml").tgz(),
                "hostile.tgz: entry 'demo/values.yaml' is a hard link (to 'demo/Chart.yaml'); a chart archive holds only files and directories");
    }

    @Test
    void refusesDevicesAndPipes() {
        assertRefused(RawArchive.chart().device("demo/tty", TarConstants.LF_CHR).tgz(),
                "hostile.tgz: entry 'demo/tty' is a device; a chart archive holds only files and directories");
        assertRefused(RawArchive.chart().device("demo/sda", TarConstants.LF_BLK).tgz(),
                "hostile.tgz: entry 'demo/sda' is a device; a chart archive holds only files and directories");
        assertRefused(RawArchive.chart().fifo("demo/pipe").tgz(),
                "hostile.tgz: entry 'demo/pipe' is a named pipe; a chart archive holds only files and directories");
    }

    @Test
    void refusesAnArchiveThatUnpacksPastTheLimit() {
        byte[] bomb = RawArchive.chart().file("demo/files/zeros", new byte[(int) ArchiveReader.MAX_UNPACKED_BYTES]).tgz();

        assertThat(bomb.length).isLessThan(1 << 20);
        assertRefused(bomb, "hostile.tgz: unpacks to more than 64 MiB; refusing it");
    }

    @Test
    void refusesTruncatedArchives() {
        byte[] whole = RawArchive.chart().file("demo/values.yaml", "a: " + "x".repeat(5000) + "\n").tgz();
        assertRefusedStartingWith(Arrays.copyOf(whole, whole.length - 10), "hostile.tgz: not a complete gzip'd tar archive (");
        assertRefusedStartingWith(Arrays.copyOf(whole, whole.length / 2), "hostile.tgz: not a complete gzip'd tar archive (");

        RawArchive archive = RawArchive.chart().file("demo/values.yaml", "a: " + "x".repeat(5000) + "\n");
        assertRefusedStartingWith(archive.tgzOfTarCutAt(512 * 4), "hostile.tgz: truncated or corrupt tar (");

        RawArchive endless = RawArchive.chart().file("demo/values.yaml", "a: 1\n");
        assertRefused(endless.tgzOfTarCutAt(512 * 4), "hostile.tgz: truncated: the tar ends without its end-of-archive block");
    }

    @Test
    void refusesWhatIsNotAGzipdTar() {
        assertRefusedStartingWith(bytes("apiVersion: v2\n"), "hostile.tgz: not a complete gzip'd tar archive (");
        assertRefusedStartingWith(RawArchive.gzip(bytes("just text, not a tar".repeat(40))), "hostile.tgz: truncated or corrupt tar (");
        assertRefused(RawArchive.gzip(new byte[1024]), "hostile.tgz: empty archive");
    }

    @Test
    void refusesEntriesOutsideTheOneTopDirectory() {
        assertRefused(RawArchive.chart().file("other/x.yaml", "x").tgz(),
                "hostile.tgz: entry 'other/x.yaml' is outside the top directory 'demo/' (a chart archive holds one directory)");
        assertRefused(new RawArchive().file("Chart.yaml", "x").tgz(),
                "hostile.tgz: entry 'Chart.yaml' is a file beside the top directory (a chart archive holds one directory)");
    }

    @Test
    void refusesAmbiguousArchives() {
        assertRefused(RawArchive.chart().file("demo/values.yaml", "a: 1").file("demo/values.yaml", "a: 2").tgz(),
                "hostile.tgz: entry 'demo/values.yaml' appears twice");
        assertRefused(RawArchive.chart().file("demo/files", "x").file("demo/files/a.txt", "y").tgz(),
                "hostile.tgz: entry 'demo/files' is a file and also a directory");
        assertRefused(RawArchive.chart().file("demo/a\nb", "x").tgz(), "hostile.tgz: entry 'demo/a\\x0ab' has control characters in its name");
        assertRefused(RawArchive.chart().file("demo\\..\\x", "x").tgz(), "hostile.tgz: entry 'demo\\..\\x' has a backslash in its name");
    }

    @Test
    void refusesArchivesThatAreNotCharts() {
        assertRefused(new RawArchive().file("demo/values.yaml", "a: 1").tgz(), "hostile.tgz: not a chart archive: no demo/Chart.yaml");
        assertRefused(new RawArchive().file("other/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n").tgz(),
                "hostile.tgz: the top directory 'other/' does not match the chart name 'demo' in other/Chart.yaml");
        assertRefused(new RawArchive().file("demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: one\n").tgz(),
                "hostile.tgz: demo/Chart.yaml:3: version must be a semantic version such as 1.2.3, got 'one'");
    }

    @Test
    void extractsIntoANewFolderOnly() throws IOException {
        byte[] tgz = RawArchive.chart().directory("demo/templates").file("demo/files/config/app.toml", "x = 1\n").tgz();
        ChartArchive archive = ChartArchive.read(tgz, "demo.tgz");

        Path chart = archive.extractTo(temp.resolve("out"));

        assertThat(chart).isEqualTo(temp.resolve("out/demo"));
        assertThat(chart.resolve("files/config/app.toml")).hasContent("x = 1");
        assertThat(chart.resolve("templates")).isEmptyDirectory();
        assertThat(listing(temp.resolve("out"))).containsExactly("demo");

        Files.writeString(chart.resolve("Chart.yaml"), "mine");
        assertThatThrownBy(() -> archive.extractTo(temp.resolve("out")))
                .isInstanceOf(InputException.class)
                .hasMessage(chart + ": already exists; remove it or extract elsewhere");
        assertThat(chart.resolve("Chart.yaml")).hasContent("mine");
        assertThat(listing(temp.resolve("out"))).containsExactly("demo");
    }

    private static void assertRefused(byte[] tgz, String message) {
        assertThatThrownBy(() -> ChartArchive.read(tgz, "hostile.tgz"))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    private static void assertRefusedStartingWith(byte[] tgz, String start) {
        assertThatThrownBy(() -> ChartArchive.read(tgz, "hostile.tgz"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(start)
                .hasMessageNotContaining("\n");
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
