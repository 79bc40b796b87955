package io.stackgen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.oci.ChartKind;
import io.stackgen.packaging.RawArchive;
import io.stackgen.support.Hostile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives from a registry someone else controls, met where the user meets them: {@code stackgen pull} and
 * {@code stackgen render oci://}. Each is refused in one line naming the entry, and nothing is written.
 */
class HostileArchiveTest {
    private static final String REF = "charts/demo:1.0.0";

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    /** Pulls {@code archive} served as a Helm chart; the -d folder must not come into being. */
    private Hostile.Outcome pull(byte[] archive) {
        try (HostileRegistry registry = new HostileRegistry(archive, ChartKind.HELM_CHART)) {
            Hostile.Outcome outcome = Hostile.run("pull", registry.reference(), "--plain-http", "--timeout", "2",
                    "-d", out().toString()).fails(2);
            assertThat(out()).doesNotExist();
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders {@code archive} served as a stackgen source chart; the -o folder must not come into being. */
    private Hostile.Outcome render(byte[] archive) {
        try (HostileRegistry registry = new HostileRegistry(archive, ChartKind.STACKGEN_SOURCE)) {
            Hostile.Outcome outcome = Hostile.run("render", registry.reference(), "--plain-http", "--timeout", "2",
                    "-o", out().toString()).fails(2);
            assertThat(out()).doesNotExist();
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String at(String entry) {
        return ": entry '" + entry + "' ";
    }

    @Test
    void entriesClimbingOutWithDotDotAreRefused() {
        pull(RawArchive.chart().file("demo/../../.bashrc", "evil").tgz())
                .says(REF + at("demo/../../.bashrc") + "climbs out of the archive with '..'");
        render(RawArchive.chart().file("demo/templates/../../../etc/cron.d/x", "evil").tgz())
                .says(REF + at("demo/templates/../../../etc/cron.d/x") + "climbs out of the archive with '..'");
    }

    @Test
    void absolutePathsAreRefusedInEveryDialect() {
        pull(RawArchive.chart().file("/etc/cron.d/evil", "x").tgz()).says(REF + at("/etc/cron.d/evil") + "has an absolute path");
        pull(RawArchive.chart().file("C:/Windows/evil.bat", "x").tgz()).says(REF + at("C:/Windows/evil.bat") + "has an absolute path");
        pull(RawArchive.chart().file("C:\\Windows\\evil.bat", "x").tgz())
                .says(REF + at("C:\\Windows\\evil.bat") + "has a backslash in its name");
    }

    @Test
    void symbolicLinksAreRefusedWhereverTheyPoint() {
        pull(RawArchive.chart().link("demo/values.yaml", TarConstants.LF_SYMLINK, "../../../etc/shadow").tgz())
                .says(REF + at("demo/values.yaml") + "is a symbolic link (to '../../../etc/shadow')");
        render(RawArchive.chart().link("demo/templates", TarConstants.LF_SYMLINK, "/").tgz())
                .says(REF + at("demo/templates") + "is a symbolic link (to '/')");
        pull(RawArchive.chart().link("demo/README.md", TarConstants.LF_SYMLINK, "Chart.yaml").tgz())
                .says(REF + at("demo/README.md") + "is a symbolic link (to 'Chart.yaml')");
    }

    @Test
    void hardLinksAreRefusedToEarlierEntriesAndOutside() {
        pull(RawArchive.chart().link("demo/copy.yaml", TarConstants.LF_LINK, "demo/Chart.yaml").tgz())
                .says(REF + at("demo/copy.yaml") + "is a hard link (to 'demo/Chart.yaml')");
        pull(RawArchive.chart().link("demo/passwd", TarConstants.LF_LINK, "/etc/passwd").tgz())
                .says(REF + at("demo/passwd") + "is a hard link (to '/etc/passwd')");
        render(RawArchive.chart().link("demo/x", TarConstants.LF_LINK, "../../x").tgz())
                .says(REF + at("demo/x") + "is a hard link (to '../../x')");
    }

    @Test
    void anEntryDeclaringMoreBytesThanItHasIsTruncated() {
        byte[] tar = RawArchive.chart().file("demo/values.yaml", "a: 1\n").tar();
        setDeclaredSize(tar, 1024, 4096);

        pull(RawArchive.gzip(tar)).says(REF + ": truncated or corrupt tar (");
    }

    @Test
    void anEntryDeclaringFewerBytesThanItHasLeavesGarbageWhereAHeaderShouldBe() {
        byte[] tar = RawArchive.chart().file("demo/values.yaml", "a: " + "x".repeat(2000) + "\n").tar();
        setDeclaredSize(tar, 1024, 10);

        pull(RawArchive.gzip(tar)).says(REF + ": ");
    }

    @Test
    void aGzipBombIsRefusedAtTheUnpackedLimit() {
        byte[] bomb = RawArchive.chart().file("demo/files/zeros", new byte[64 << 20]).tgz();
        assertThat(bomb.length).isLessThan(1 << 20);

        pull(bomb).says(REF + ": unpacks to more than 64 MiB; refusing it");
    }

    @Test
    void manySmallEntriesAreRefusedBeforeAnyIsWritten() {
        RawArchive archive = RawArchive.chart();
        for (int i = 0; i < 10_000; i++) {
            archive.file("demo/files/f" + i, "");
        }

        pull(archive.tgz()).says(REF + ": holds more than 10000 entries; refusing it");
    }

    @Test
    void truncatedArchivesAreRefused() {
        byte[] whole = RawArchive.chart().file("demo/values.yaml", "a: " + "x".repeat(5000) + "\n").tgz();

        pull(Arrays.copyOf(whole, whole.length / 2)).says(REF + ": not a complete gzip'd tar archive (");
        render(RawArchive.chart().file("demo/values.yaml", "a: 1\n").tgzOfTarCutAt(512 * 4))
                .says(REF + ": truncated: the tar ends without its end-of-archive block");
    }

    @Test
    void aFailedPullLeavesWhatIsThere() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("demo-1.0.0.tgz"), "mine");
        try (HostileRegistry registry = new HostileRegistry(RawArchive.chart().file("/etc/x", "x").tgz(), ChartKind.HELM_CHART)) {
            Hostile.run("pull", registry.reference(), "--plain-http", "-d", out().toString()).fails(2);
        }
        assertThat(out().resolve("demo-1.0.0.tgz")).hasContent("mine");
        assertThat(OutputFixture.listing(out())).containsExactly("demo-1.0.0.tgz");
    }

    /** Rewrites the octal size field of the tar header at {@code header} and its checksum. */
    static void setDeclaredSize(byte[] tar, int header, long size) {
        byte[] field = String.format("%011o\0", size).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(field, 0, tar, header + 124, 12);
        Arrays.fill(tar, header + 148, header + 156, (byte) ' ');
        long sum = 0;
        for (int i = header; i < header + 512; i++) {
            sum += tar[i] & 0xff;
        }
        byte[] checksum = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(checksum, 0, tar, header + 148, 8);
    }
}
