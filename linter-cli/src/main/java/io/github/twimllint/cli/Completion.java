package io.github.twimllint.cli;

import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.run.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code twiml-lint generate-completion}: picocli's bash/zsh script, with the values twiml-lint
 * knows (report formats, rule ids, levels) offered for the options that take them, and file names
 * completed for PATH and {@code --output} (picocli's script alone completes none there).
 */
final class Completion implements Callable<Integer> {

    CommandSpec spec;

    /** The subcommand's model, built in code like the command's. */
    static CommandSpec spec() {
        Completion completion = new Completion();
        completion.spec = CommandSpec.wrapWithoutInspection(completion).interpolateVariables(false)
                .name("generate-completion").helpCommand(true);
        completion.spec.usageMessage().description("Print a bash/zsh completion script for twiml-lint; run:"
                + " source <(twiml-lint generate-completion)");
        return completion.spec;
    }

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        CommandSpec command = parent.getCommandSpec();
        List<String> ids = RuleSet.discover().ids();
        List<String> formats = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            formats.add(f.label());
        }
        List<String> levels = new ArrayList<>();
        for (Severity s : Severity.values()) {
            levels.add(s.name().toLowerCase(Locale.ROOT));
        }
        List<String> ruleLevels = new ArrayList<>();
        for (String id : ids) {
            for (String l : levels) {
                ruleLevels.add(id + "=" + l);
            }
        }
        offer(command, "--format", formats);
        offer(command, "--disable", ids);
        offer(command, "--enable", ids);
        offer(command, "--explain", ids);
        offer(command, "--severity", ruleLevels);
        String name = parent.getCommandName();
        String script = AutoComplete.bash(name, parent);
        script = withFileNames(script);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * picocli's function turns bash's default (file-name) completion off, then offers only the
     * subcommand where a PATH goes, and nothing after {@code --output}: complete file names there.
     */
    static String withFileNames(String script) {
        String positional = "    local positionals=\"\"\n"
                + "    local IFS=$'\\n'\n"
                + "    COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}${IFS}${positionals}\" -- \"${curr_word}\") )\n";
        String files = "    local IFS=$'\\n'\n"
                + "    type compopt &>/dev/null && compopt -o filenames\n"
                + "    COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}\" -- \"${curr_word}\")"
                + " $(compgen -f -- \"${curr_word}\") )\n";
        int at = script.indexOf(positional);
        if (at < 0) {
            throw new IllegalStateException("unexpected completion script from picocli");
        }
        String out = script.substring(0, at) + files + script.substring(at + positional.length());
        return out.replace("    '-o'|'--output')\n      return\n", "    '-o'|'--output')\n"
                + "      local IFS=$'\\n'\n"
                + "      type compopt &>/dev/null && compopt -o filenames\n"
                + "      COMPREPLY=( $( compgen -f -- \"${curr_word}\" ) ) # files\n"
                + "      return $?\n");
    }

    private static void offer(CommandSpec command, String name, List<String> values) {
        OptionSpec old = command.findOption(name);
        if (old == null) {
            return;
        }
        command.remove(old);
        command.addOption(old.toBuilder().completionCandidates(values).build());
    }
}
