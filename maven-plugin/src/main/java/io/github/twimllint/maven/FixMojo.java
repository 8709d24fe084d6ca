package io.github.twimllint.maven;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.run.FixRun;
import io.github.twimllint.core.run.LintSession;
import io.github.twimllint.core.run.RunException;
import io.github.twimllint.core.run.RunOutcome;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code twiml-lint:fix}: the {@code check} goal's files and parameters, with the fixes of fixable
 * findings applied to the files in place first (as the command line's {@code --fix}); then what is
 * left is reported and fails the build as {@code check} would. Not bound to a phase: run it as
 * {@code mvn twiml-lint:fix}.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public class FixMojo extends CheckMojo {

    @Override
    boolean fixing() {
        return true;
    }

    @Override
    RunOutcome lint(LintSession lint, List<Source> sources, List<FileResult> unread) throws RunException {
        FixRun run = lint.fix(sources, null, unread);
        List<String> problems = run.write();
        if (!problems.isEmpty()) {
            throw new RunException(String.join("; ", problems));
        }
        getLog().info("twiml-lint: " + run.summary());
        return run.outcome();
    }
}
