package io.github.twimllint.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the command's options in code and reads their values after parsing. picocli's annotations
 * would build the same model by reflection (annotation proxies, generic signatures) on every run,
 * about a quarter of a small run's start-up; this model is plain method calls.
 */
final class Args {
    private Args() {
    }

    /** An option with a value: {@code names}, shown as {@code --name=LABEL}. */
    static OptionSpec.Builder option(String label, Class<?> type, String description, String... names) {
        return OptionSpec.builder(names).paramLabel(label).type(type).description(description);
    }

    /** A repeatable option collected into a {@code List<String>}. */
    static OptionSpec.Builder list(String label, String description, String... names) {
        return option(label, List.class, description, names).auxiliaryTypes(String.class);
    }

    /** An option without a value: true when given. */
    static OptionSpec.Builder flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).description(description);
    }

    /** picocli's standard {@code -h, --help} and {@code -V, --version} (its descriptions and resource keys). */
    static void standardHelp(CommandSpec spec) {
        spec.addOption(flag("Show this help message and exit.", "-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").build());
        spec.addOption(flag("Print version information and exit.", "-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").build());
    }

    /**
     * The parsed value of the option named {@code name} (exactly as declared, e.g. {@code --config}),
     * or {@code otherwise} when it was not given. Looked up by name in the spec's map: findOption
     * walks every option and re-interpolates its names, which for the ~40 reads after parsing was
     * about a twentieth of a small run's Java time.
     */
    @SuppressWarnings("unchecked")
    static <T> T value(CommandSpec spec, String name, T otherwise) {
        OptionSpec option = spec.optionsMap().get(name);
        if (option == null) {
            throw new IllegalArgumentException("no option " + name);
        }
        T value = (T) option.getValue();
        return value != null ? value : otherwise;
    }

    /** Whether the flag named {@code name} was given. */
    static boolean given(CommandSpec spec, String name) {
        return value(spec, name, Boolean.FALSE);
    }
}
