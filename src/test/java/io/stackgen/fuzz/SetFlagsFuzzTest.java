package io.stackgen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackgen.support.Hostile;
import io.stackgen.values.Coalescer;
import io.stackgen.values.SetMode;
import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesFile;
import io.stackgen.values.ValuesLayer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * --set, --set-string, --set-json, --set-file and --set-literal arguments applied on top of a values file, then
 * coalesced with chart defaults. Input: lines of one flag each, a mode letter then the argument
 * ({@code s} --set, {@code S} --set-string, {@code j} --set-json, {@code f} --set-file, {@code l} --set-literal;
 * any other first character picks a mode by its code). {@code \0} in an argument stands for a line break.
 * Seeds: SetFlagsFuzzTestInputs/setFlags/.
 */
class SetFlagsFuzzTest {
    private static final List<SetMode> MODES = List.of(SetMode.values());
    private static final ValuesLayer BASE = ValuesFile.parse("base.yaml", """
            image: {repository: app, tag: "1.0"}
            list: [a, {b: 1}, [c]]
            scalar: text
            """);
    private static final Map<String, Object> DEFAULTS = ValuesFile.parse("chart/values.yaml", """
            image: {repository: default, pullPolicy: IfNotPresent}
            list: []
            scalar: {not: scalar}
            password: ""
            """).tree();

    @FuzzTest
    @Timeout(10)
    void setFlags(byte[] input) {
        UserValues.Builder builder = UserValues.builder().valuesFile(BASE).fileReader(SetFlagsFuzzTest::readFile);
        for (String line : new String(input, StandardCharsets.UTF_8).split("\n", 8)) {
            if (!line.isEmpty()) {
                builder.flag(mode(line.charAt(0)), line.substring(1).replace('\0', '\n'));
            }
        }
        Refusal.returnsOrRefuses(() -> Coalescer.coalesce(DEFAULTS, builder.build().tree()));
    }

    private static SetMode mode(char letter) {
        return switch (letter) {
            case 's' -> SetMode.TYPED;
            case 'S' -> SetMode.STRING;
            case 'j' -> SetMode.JSON;
            case 'f' -> SetMode.FILE;
            case 'l' -> SetMode.LITERAL;
            default -> MODES.get(letter % MODES.size());
        };
    }

    /** --set-file: paths naming "missing" or "denied" fail as on disk; any other file holds a planted secret. */
    private static String readFile(String path) {
        if (path.contains("missing")) {
            throw new UncheckedIOException(new NoSuchFileException(path));
        }
        if (path.contains("denied")) {
            throw new UncheckedIOException(new AccessDeniedException(path));
        }
        return Hostile.PLANTED_SECRETS.get(path.length() % Hostile.PLANTED_SECRETS.size());
    }
}
