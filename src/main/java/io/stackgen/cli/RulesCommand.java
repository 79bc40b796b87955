package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.lint.RuleMetadata;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"List the lint rules, or explain one: what it finds, why it matters, how to fix it.", ""},
        footer = {"", "Examples:", "  stackgen rules", "  stackgen rules DS01", "  stackgen rules --markdown"})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule id, e.g. DS01.")
    String ruleId;

    @Option(names = "--markdown", description = "Print the rule table as Markdown (the README's table).")
    boolean markdown;

    private final List<RuleMetadata> rules;

    public RulesCommand() {
        this(RuleCatalog.all());
    }

    RulesCommand(List<Rule> catalogue) {
        this.rules = catalogue.stream().map(Rule::metadata).toList();
    }

    @Override
    public Integer call() {
        String text;
        if (ruleId != null) {
            if (markdown) {
                throw new InputException("--markdown prints the whole table; give no RULE with it");
            }
            RuleMetadata rule = rules.stream().filter(r -> r.id().equalsIgnoreCase(ruleId.strip())).findFirst().orElseThrow(() -> new InputException(
                    "no rule '" + ruleId + "' ('stackgen rules' lists them)"));
            text = RuleDocs.explain(rule);
        } else {
            text = markdown ? RuleDocs.markdown(rules) : RuleDocs.list(rules);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
