package io.stackgen.hostile;

import static io.stackgen.hostile.BadInputs.chart;
import static io.stackgen.hostile.BadInputs.fixture;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.stackgen.support.Hostile;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken YAML on every path that reads YAML from the user: values files ({@code render -f}), lint input, the lint
 * config ({@code --config}) and the fleet file ({@code --fleet}). Each is refused with exit 2 and one line naming
 * file:line:col; none echoes the planted secret written on the broken line.
 */
class BadYamlTest {
    /** How each path is handed a file. */
    enum Path {
        VALUES(file -> new String[] {"render", chart(), "-f", file}),
        LINT(file -> new String[] {"lint", file}),
        CONFIG(file -> new String[] {"lint", fixture("manifests/valid.yaml"), "--config", file}),
        FLEET(file -> new String[] {"render", "--fleet", file});

        private final Function<String, String[]> command;

        Path(Function<String, String[]> command) {
            this.command = command;
        }

        Hostile.Outcome run(String fixture) {
            return Hostile.run(command.apply(fixture(fixture)));
        }
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments(Path.VALUES, "values/unclosed-quote.yaml", "unclosed-quote.yaml:3:1: found unexpected end of stream (while scanning a quoted scalar)"),
                arguments(Path.LINT, "manifests/unclosed-quote.yaml", "unclosed-quote.yaml:7:1: not valid YAML: found unexpected end of stream (while scanning a quoted scalar)"),
                arguments(Path.CONFIG, "config/unclosed-quote.yaml", "unclosed-quote.yaml:5:1: found unexpected end of stream (while scanning a quoted scalar)"),
                arguments(Path.FLEET, "fleet/unclosed-quote.yaml", "unclosed-quote.yaml:5:1: found unexpected end of stream (while scanning a quoted scalar)"),

                arguments(Path.VALUES, "values/bad-indentation.yaml", "bad-indentation.yaml:4:3: expected <block end>, but found '<block mapping start>' (while parsing a block mapping)"),
                arguments(Path.LINT, "manifests/bad-indentation.yaml", "bad-indentation.yaml:5:3: not valid YAML: expected <block end>, but found '<block mapping start>' (while parsing a block mapping)"),

                arguments(Path.VALUES, "values/tab-indentation.yaml", "tab-indentation.yaml:3:1: tab character used for indentation (YAML allows only spaces)"),
                arguments(Path.LINT, "manifests/tab-indentation.yaml", "tab-indentation.yaml:4:1: not valid YAML: tab character used for indentation (YAML allows only spaces)"),
                arguments(Path.CONFIG, "config/tab-indentation.yaml", "tab-indentation.yaml:2:1: tab character used for indentation (YAML allows only spaces)"),
                arguments(Path.FLEET, "fleet/tab-indentation.yaml", "tab-indentation.yaml:2:1: tab character used for indentation (YAML allows only spaces)"),

                arguments(Path.VALUES, "values/duplicate-key.yaml", "duplicate-key.yaml:3:1: duplicate key 'password' (first at line 1)"),
                arguments(Path.CONFIG, "config/duplicate-key.yaml", "duplicate-key.yaml:5:5: duplicate key 'reason' (first at line 4)"),
                arguments(Path.FLEET, "fleet/duplicate-key.yaml", "duplicate-key.yaml:4:5: duplicate key 'chart' (first at line 3)"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void malformed(Path path, String fixture, String message) {
        path.run(fixture).fails(2).says(message);
    }

    static Stream<Arguments> bombs() {
        return Stream.of(Path.values()).flatMap(path -> Stream.of(
                arguments(path, "bombs/alias-bomb.yaml", "alias-bomb.yaml:8:28: more than 50 aliases to lists or maps (an alias bomb?)"),
                arguments(path, "bombs/doubling-bomb.yaml", "doubling-bomb.yaml:20:6: aliases expand to more than 1000000 values (an alias bomb?)"),
                arguments(path, "bombs/self-reference.yaml", "self-reference.yaml:2:7: a list or map contains itself through an alias")));
    }

    /** Refused while composing, before any tree is expanded: fast and in bounded memory. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void bombs(Path path, String fixture, String message) {
        path.run(fixture).fails(2).says(message);
    }
}
