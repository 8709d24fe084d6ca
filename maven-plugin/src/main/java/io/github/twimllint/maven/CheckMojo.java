package io.github.twimllint.maven;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lints the project's TwiML and fails the build on findings at or above the failing level. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "twimllint.skip", defaultValue = "false")
    boolean skip;

    /** Directories searched for TwiML. */
    @Parameter(property = "twimllint.sourceDirectories")
    List<File> sourceDirectories;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("twiml-lint: skipped");
            return;
        }
        List<Path> dirs = new ArrayList<>();
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            for (String d : new String[] {"src/main/twiml", "src/main/resources", "src/main/webapp"}) {
                dirs.add(basedir.toPath().resolve(d));
            }
        } else {
            for (File f : sourceDirectories) {
                dirs.add(f.toPath());
            }
        }
        dirs.removeIf(d -> !Files.isDirectory(d));
        FileCollector.Result collected = new FileCollector(basedir.toPath()).collect(dirs);
        LintReport report = Linter.builder(RuleSet.discover(CheckMojo.class.getClassLoader())).build()
                .lint(collected.sources());
        for (Finding f : report.findings()) {
            String line = f.path() + ":[" + f.line() + "," + f.column() + "] " + f.message() + " [" + f.ruleId() + "]";
            if (f.severity() == Severity.ERROR) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (report.hasAtLeast(Severity.ERROR)) {
            throw new MojoFailureException("twiml-lint found " + report.count(Severity.ERROR) + " error(s)");
        }
    }
}
