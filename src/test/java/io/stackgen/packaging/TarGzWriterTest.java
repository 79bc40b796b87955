package io.stackgen.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The archive bytes depend on the files and the epoch only; checked on the raw gzip and tar headers. */
class TarGzWriterTest {
    private static final Instant TIME = Instant.ofEpochSecond(1_700_000_000L);
    /** Past ustar's 100 bytes: written with a PAX header, which must carry the same owner and time. */
    private static final String LONG_NAME = "templates/" + "a-template-with-a-long-name-".repeat(5) + ".yaml";

    @Test
    void sameFilesAndTimeGiveTheSameBytesWhateverTheOrderTheyCameIn() {
        Map<String, byte[]> one = new LinkedHashMap<>();
        one.put("values.yaml", bytes("a: 1\n"));
        one.put("Chart.yaml", bytes("apiVersion: v2\n"));
        Map<String, byte[]> other = new LinkedHashMap<>();
        other.put("Chart.yaml", bytes("apiVersion: v2\n"));
        other.put("values.yaml", bytes("a: 1\n"));

        assertThat(TarGzWriter.write("demo", one, TIME)).isEqualTo(TarGzWriter.write("demo", other, TIME));
        assertThat(TarGzWriter.write("demo", one, TIME)).isNotEqualTo(TarGzWriter.write("demo", one, TIME.plusSeconds(1)));
    }

    @Test
    void gzipHeaderHasNoTimeAndNoFileName() {
        byte[] tgz = TarGzWriter.write("demo", Map.of("Chart.yaml", bytes("x")), TIME);

        assertThat(tgz[0] & 0xff).isEqualTo(0x1f);
        assertThat(tgz[1] & 0xff).isEqualTo(0x8b);
        assertThat(tgz[3]).as("flags: no name, comment or extra field").isZero();
        assertThat(new byte[] {tgz[4], tgz[5], tgz[6], tgz[7]}).as("mtime").containsOnly(0);
        assertThat(tgz[9] & 0xff).as("OS").isEqualTo(TarGzWriter.GZIP_OS_UNKNOWN);
    }

    @Test
    void everyHeaderHasRootOwnerNoNamesFixedModesAndTheEpoch() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Chart.yaml", bytes("apiVersion: v2\n"));
        files.put(LONG_NAME, bytes("kind: ConfigMap\n"));
        byte[] tar = gunzip(TarGzWriter.write("demo", files, TIME));

        List<Header> headers = headers(tar);

        assertThat(headers).extracting(Header::type).contains('x');
        for (Header header : headers) {
            assertThat(header.uid()).as(header.name()).isZero();
            assertThat(header.gid()).as(header.name()).isZero();
            assertThat(header.uname()).as(header.name()).isEmpty();
            assertThat(header.gname()).as(header.name()).isEmpty();
            assertThat(header.mtime()).as(header.name()).isEqualTo(TIME.getEpochSecond());
        }
        List<Header> entries = headers.stream().filter(h -> h.type() != 'x').toList();
        assertThat(entries).extracting(Header::name).hasSize(4).startsWith("demo/", "demo/Chart.yaml", "demo/templates/");
        assertThat(entries).filteredOn(h -> h.type() == '5').extracting(Header::mode).containsOnly(0755);
        assertThat(entries).filteredOn(h -> h.type() == '0').extracting(Header::mode).containsOnly(0644);
        ChartArchive back = ChartArchive.read(TarGzWriter.write("demo", Map.of("Chart.yaml",
                bytes("apiVersion: v2\nname: demo\nversion: 1.0.0\n"), LONG_NAME, bytes("x")), TIME), "demo.tgz");
        assertThat(back.files()).containsKey(LONG_NAME);
    }

    @Test
    void epochComesFromSourceDateEpochOrIsFixed() {
        assertThat(ArchiveEpoch.from(Map.of())).isEqualTo(Instant.parse("1980-01-01T00:00:00Z"));
        assertThat(ArchiveEpoch.from(Map.of("SOURCE_DATE_EPOCH", "1700000000"))).isEqualTo(TIME);
        assertThat(ArchiveEpoch.from(Map.of("SOURCE_DATE_EPOCH", ""))).isEqualTo(ArchiveEpoch.FIXED);
        assertThatThrownBy(() -> ArchiveEpoch.from(Map.of("SOURCE_DATE_EPOCH", "yesterday")))
                .isInstanceOf(InputException.class)
                .hasMessage("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, got 'yesterday'");
        assertThatThrownBy(() -> ArchiveEpoch.from(Map.of("SOURCE_DATE_EPOCH", "-5"))).isInstanceOf(InputException.class);
    }

    record Header(String name, char type, int mode, long uid, long gid, long mtime, String uname, String gname) {
    }

    /** Every header block, PAX extended headers included, read from the raw ustar layout. */
    private static List<Header> headers(byte[] tar) {
        List<Header> headers = new ArrayList<>();
        int offset = 0;
        while (offset + 512 <= tar.length && tar[offset] != 0) {
            long size = octal(tar, offset + 124, 12);
            headers.add(new Header(text(tar, offset, 100), (char) tar[offset + 156], (int) octal(tar, offset + 100, 8),
                    octal(tar, offset + 108, 8), octal(tar, offset + 116, 8), octal(tar, offset + 136, 12),
                    text(tar, offset + 265, 32), text(tar, offset + 297, 32)));
            assertThat(text(tar, offset + 257, 6)).isEqualTo("ustar");
            offset += 512 + (int) ((size + 511) / 512 * 512);
        }
        return headers;
    }

    private static long octal(byte[] data, int offset, int length) {
        String field = text(data, offset, length).strip();
        return field.isEmpty() ? 0 : Long.parseLong(field, 8);
    }

    private static String text(byte[] data, int offset, int length) {
        int end = offset;
        while (end < offset + length && data[end] != 0) {
            end++;
        }
        return new String(data, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] tgz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
