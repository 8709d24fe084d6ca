package io.github.twimllint.core;

/**
 * A check over the whole project, run once after every document was read: it sees each
 * document's {@link DocumentFacts} (never the documents themselves) and how references between
 * documents resolve. Discovered like {@link Rule}, with {@link java.util.ServiceLoader}: a public
 * no-argument constructor and a line in {@code META-INF/services/io.github.twimllint.core.ProjectRule}.
 * Its metadata, ids and levels work as for per-document rules.
 *
 * <p>A fresh instance per run, so fields may hold per-run state (e.g. memoized chains).
 */
public interface ProjectRule {

    RuleMeta meta();

    void check(Project project, ProjectContext ctx);
}
