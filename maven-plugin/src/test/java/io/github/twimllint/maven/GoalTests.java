package io.github.twimllint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The check goal as the goal tests set it up: a project with its TwiML under src/main/twiml. */
final class GoalTests {
    private GoalTests() {
    }

    /** A check goal over {@code project/src/main/twiml}, failing the build on findings. */
    static CheckMojo checkMojo(Path project, String... includes) {
        CheckMojo mojo = new CheckMojo();
        mojo.basedir = project.toFile();
        mojo.repositoryRoot = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.sourceDirectories = List.of(new File("src/main/twiml"));
        mojo.includes = List.of(includes);
        mojo.failOnViolation = true;
        return mojo;
    }
}
