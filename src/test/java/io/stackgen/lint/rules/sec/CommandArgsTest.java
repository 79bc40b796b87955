package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stackgen.lint.model.Container;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandArgsTest {
    @Test
    void splitsScriptsIntoWordsWithTheirLines() {
        String script = "set -eu\nexec besu \\\n  --ethstats=\"ws://a:b@h:3000\" \\\n  --x 'one two' # note\necho \"$X\";done\n";

        assertThat(ShellWords.split(script)).extracting(ShellWords.Word::text, ShellWords.Word::line).containsExactly(
                tuple("set", 0), tuple("-eu", 0), tuple("exec", 1), tuple("besu", 1), tuple("--ethstats=ws://a:b@h:3000", 2),
                tuple("--x", 3), tuple("one two", 3), tuple("echo", 4), tuple("$X", 4), tuple("done", 4));
    }

    @Test
    void pairsFlagsWithTheirValuesInArgvAndScripts() {
        Container container = new Container(Map.of(
                "command", List.of("sh", "-c", "export PRIVATE_KEY=abc\nrun --password hunter2 --dev \\\n  --key //Alice\nconf = x\n"),
                "args", List.of("--node-key", "k1", "--ethstats=n:s@h:1", "--flag", "--other", "bare")),
                List.of("spec", "containers", 0), false);

        List<CommandArgs.Arg> args = CommandArgs.of(container);

        assertThat(args).extracting(CommandArgs.Arg::label, CommandArgs.Arg::name, CommandArgs.Arg::value, CommandArgs.Arg::line)
                .containsExactly(
                        tuple("an argument", "", "sh", 0),
                        tuple("-c", "c", "", 0),
                        tuple("--node-key", "node-key", "k1", 0),
                        tuple("--ethstats", "ethstats", "n:s@h:1", 0),
                        tuple("--flag", "flag", "", 0),
                        tuple("--other", "other", "bare", 0),
                        tuple("an argument", "", "export", 0),
                        tuple("PRIVATE_KEY", "PRIVATE_KEY", "abc", 0),
                        tuple("an argument", "", "run", 1),
                        tuple("--password", "password", "hunter2", 1),
                        tuple("--dev", "dev", "", 1),
                        tuple("--key", "key", "//Alice", 2),
                        tuple("conf", "conf", "x", 3));
        assertThat(args.get(2).path()).containsExactly("spec", "containers", 0, "args", 1);
        assertThat(args.get(9).path()).containsExactly("spec", "containers", 0, "command", 2);
    }

    @Test
    void readsFlagAndVariableNamesAsTheShellGrammarSays() {
        Container container = new Container(Map.of("args", List.of(
                        "---x", "--a.b-c=v=w", "-9", "--", "-=x", "1X=y", "_x1=2", "a-b=3", "--p", "&&", "q")),
                List.of("spec", "containers", 0), false);

        assertThat(CommandArgs.of(container)).extracting(CommandArgs.Arg::label, CommandArgs.Arg::name, CommandArgs.Arg::value)
                .containsExactly(
                        tuple("an argument", "", "---x"),
                        tuple("--a.b-c", "a.b-c", "v=w"),
                        tuple("an argument", "", "-9"),
                        tuple("an argument", "", "--"),
                        tuple("an argument", "", "-=x"),
                        tuple("an argument", "", "1X=y"),
                        tuple("_x1", "_x1", "2"),
                        tuple("an argument", "", "a-b=3"),
                        tuple("--p", "p", ""),
                        tuple("an argument", "", "&&"),
                        tuple("an argument", "", "q"));
    }

    @Test
    void takesHeredocKeysOnlyWhenTheyAreConfigKeys() {
        Container container = new Container(Map.of("command", List.of("sh", "-c", "p2p.key = v1\n9key = v2\n_a-b = v3\n")),
                List.of("spec", "containers", 0), false);

        assertThat(CommandArgs.of(container)).extracting(CommandArgs.Arg::name, CommandArgs.Arg::value)
                .contains(tuple("p2p.key", "v1"), tuple("_a-b", "v3"))
                .doesNotContain(tuple("9key", "v2"));
    }
}
