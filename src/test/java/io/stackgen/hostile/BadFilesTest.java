package io.stackgen.hostile;

import static io.stackgen.hostile.BadInputs.MIB;
import static io.stackgen.hostile.BadInputs.SECRET;
import static io.stackgen.hostile.BadInputs.chart;
import static io.stackgen.hostile.BadInputs.chartWith;
import static io.stackgen.hostile.BadInputs.endlessComments;
import static io.stackgen.hostile.BadInputs.fixture;
import static io.stackgen.hostile.BadInputs.latin1;
import static io.stackgen.hostile.BadInputs.sparse;
import static io.stackgen.hostile.BadInputs.withStdin;
import static io.stackgen.hostile.BadInputs.write;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.stackgen.support.Hostile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not what they should be: missing, unreadable, a directory, hundreds of MiB, not UTF-8, nested
 * 10,000 levels deep. Each input path refuses them with exit 2 and one line naming the file (and the limit, the
 * byte, the line where there is one).
 */
class BadFilesTest {
    @TempDir
    Path tmp;

    /** How each path is handed a file. */
    enum Input {
        VALUES("values file", file -> new String[] {"render", chart(), "-f", file}),
        SET_FILE("file", file -> new String[] {"render", chart(), "--set-file", "password=" + file}),
        LINT("lint input", file -> new String[] {"lint", file}),
        CONFIG("lint config", file -> new String[] {"lint", fixture("manifests/valid.yaml"), "--config", file}),
        FLEET("file", file -> new String[] {"render", "--fleet", file});

        final String what;
        private final Function<String, String[]> command;

        Input(String what, Function<String, String[]> command) {
            this.what = what;
            this.command = command;
        }

        Hostile.Outcome run(Path file) {
            return Hostile.run(command.apply(file.toString()));
        }

        /** How the input names the file in its message. */
        String display(Path file) {
            return switch (this) {
                case SET_FILE -> "--set-file 'password=" + file + "': " + file;
                case FLEET -> "--fleet " + file;
                default -> file.toString();
            };
        }
    }

    static Stream<Input> inputs() {
        return Stream.of(Input.values());
    }

    /** 300 MiB, sparse: refused by its size before a byte is read, so in milliseconds. */
    @ParameterizedTest
    @MethodSource("inputs")
    void aFileOfHundredsOfMebibytesIsRefusedByItsSize(Input input) {
        Path huge = sparse(tmp, "huge.yaml", 300 * MIB);
        String limit = input == Input.LINT ? "128 MiB" : "64 MiB";
        input.run(huge).fails(2).says(input.display(huge) + ": " + input.what + " larger than the limit of " + limit);
    }

    /** A stream that would never end is cut at the limit: /dev/zero as a values file. */
    @Test
    void aValuesFileThatNeverEndsIsCutAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        Hostile.run("render", chart(), "-f", zero.toString()).fails(2)
                .says("/dev/zero: values file larger than the limit of 64 MiB");
    }

    /** 300 MiB on standard input, produced as read: refused once the limit is passed, never held whole. */
    @Test
    void hundredsOfMebibytesOnStandardInputAreCutAtTheLimit() {
        withStdin(endlessComments(300 * MIB), () -> Hostile.run("lint", "-")).fails(2)
                .says("<stdin>: lint input larger than the limit of 128 MiB");
        withStdin(endlessComments(300 * MIB), () -> Hostile.run("render", chart(), "-f", "-")).fails(2)
                .says("<stdin>: values file larger than the limit of 64 MiB");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void aMissingFileIsNamed(Input input) {
        Path missing = tmp.resolve("missing.yaml");
        String message = switch (input) {
            case LINT -> missing + ": no such file or directory, and not a built-in chart";
            case CONFIG -> "--config " + missing + ": no such file";
            default -> input.display(missing) + ": no such " + input.what;
        };
        input.run(missing).fails(2).says(message);
    }

    /** A directory where a file is expected (lint reads a directory of manifests, so it is not in this list). */
    @ParameterizedTest
    @MethodSource("inputs")
    void aDirectoryWhereAFileIsExpectedIsNamed(Input input) throws IOException {
        Assumptions.assumeTrue(input != Input.LINT);
        Path dir = Files.createDirectories(tmp.resolve("a-folder.yaml"));
        input.run(dir).fails(2).says(input.display(dir) + ": is a directory, not a " + input.what);
    }

    /** Root reads a file whatever its mode, so the case only means something for other users. */
    @ParameterizedTest
    @MethodSource("inputs")
    void anUnreadableFileIsNamed(Input input) throws IOException {
        Path locked = write(tmp, "locked.yaml", "password: " + SECRET + "\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reads");
        input.run(locked).fails(2).says(input.display(locked) + ": cannot read " + input.what + " (permission denied)");
    }

    static Stream<Arguments> notUtf8() {
        byte[] utf16 = "\uFEFFpassword: x\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] loneFf = ("password: " + SECRET + "\nname: \u00ff\n").getBytes(StandardCharsets.UTF_8);
        loneFf[loneFf.length - 3] = (byte) 0xFF;
        loneFf[loneFf.length - 2] = (byte) ' ';
        return inputs().flatMap(input -> Stream.of(
                arguments(input, "Latin-1 é", latin1("name: caf\u00e9\n"), ":2:10: not valid UTF-8 (byte 0xE9 at offset 42)"),
                arguments(input, "a lone 0xFF", loneFf, ":2:7: not valid UTF-8 (byte 0xFF at offset 39)"),
                arguments(input, "UTF-16 with BOM", utf16,
                        ":1:1: not UTF-8 but UTF-16 or UTF-32 (byte order mark at offset 0); save it as UTF-8")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void notUtf8(Input input, String what, byte[] bytes, String message) {
        Path file = write(tmp, "encoded.yaml", bytes);
        String display = input == Input.SET_FILE ? input.display(file) : file.toString();
        input.run(file).fails(2).says(display + message);
    }

    @Test
    void notUtf8OnStandardInput() {
        withStdin(latin1("name: caf\u00e9\n"), () -> Hostile.run("lint", "-")).fails(2)
                .says("<stdin>:2:10: not valid UTF-8 (byte 0xE9 at offset 42)");
        withStdin(latin1("name: caf\u00e9\n"), () -> Hostile.run("render", chart(), "-f", "-")).fails(2)
                .says("<stdin>:2:10: not valid UTF-8 (byte 0xE9 at offset 42)");
    }

    static Stream<Arguments> deep() {
        return Stream.of(Input.VALUES, Input.LINT, Input.CONFIG, Input.FLEET).flatMap(input -> {
            String limit = input == Input.LINT ? "200" : "100";
            int past = Integer.parseInt(limit) + 1;
            return Stream.of(
                    arguments(input, "10,000 [", BadInputs.deepFlow(), ":1:" + (past + 2) + ": nesting deeper than " + limit + " levels"),
                    arguments(input, "10,000 a:", BadInputs.deepBlock(), ":" + past + ":" + past + ": nesting deeper than " + limit + " levels"));
        });
    }

    /** No StackOverflowError: nesting is counted while parsing and refused at the first level past the limit. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void deep(Input input, String what, String text, String message) {
        Path file = write(tmp, "deep.yaml", text);
        input.run(file).fails(2).says(file + message);
    }

    @Test
    void deepNestingOnStandardInput() {
        withStdin(BadInputs.deepFlow().getBytes(StandardCharsets.UTF_8), () -> Hostile.run("lint", "-")).fails(2)
                .says("<stdin>:1:203: nesting deeper than 200 levels");
    }

    @Test
    void aDeepChartYamlIsRefused() {
        Path dir = chartWith(tmp.resolve("deep"), "Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n" + BadInputs.deepFlow());
        Hostile.run("render", dir.toString()).fails(2).says(dir + "/Chart.yaml:4:23: nesting deeper than 20 levels");
    }
}
