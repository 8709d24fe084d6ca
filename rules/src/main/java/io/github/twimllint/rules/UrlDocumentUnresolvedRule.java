package io.github.twimllint.rules;

import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Project;
import io.github.twimllint.core.ProjectContext;
import io.github.twimllint.core.ProjectRule;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.UrlSyntax;
import java.util.List;

/**
 * A {@code url}/{@code waitUrl} document reference that should name a document of the project
 * (relative, root-relative with a site root, or under a mapped base URL) but names none; also a
 * {@code <Redirect>} on the way from such a document (error 11200 when Twilio fetches it).
 */
public final class UrlDocumentUnresolvedRule implements ProjectRule {
    static final RuleMeta META = RuleMeta.of("url-document-unresolved", Severity.NOTE,
                    "A url names a document that does not exist in the project.")
            .twilioCodes("11200")
            .tags("cross-document")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Project project, ProjectContext ctx) {
        RedirectChains<String> chains = new RedirectChains<>(project, d -> missingRedirect(project, d));
        List<DocumentFacts> docs = project.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentFacts doc = docs.get(d);
            List<DocumentFacts.Reference> refs = doc.references();
            for (int r = 0; r < refs.size(); r++) {
                DocumentFacts.Reference ref = refs.get(r);
                if (UrlDocumentKind.of(ref) == null || UrlSyntax.check(ref.value(), UrlSyntax.Expect.HTTP, true) != null) {
                    continue; // a malformed URL is invalid-url's, the more specific finding
                }
                Project.Resolution res = project.resolve(doc, ref);
                if (res.status() == Project.Resolution.Status.OUTSIDE) {
                    ctx.report(doc, ref, ref.where() + " leads outside the mapped folder (or the site root) once"
                            + " decoded and normalized; it was not followed", List.of());
                    continue;
                }
                if (res.status() == Project.Resolution.Status.MISSING) {
                    ctx.report(doc, ref, ref.where() + " names " + res.tried()
                            + ", which does not exist in the project", List.of());
                    continue;
                }
                if (!res.resolved()) {
                    continue;
                }
                RedirectChains.Hit<String> hit = chains.find(res.target());
                if (hit == null) {
                    continue;
                }
                DocumentFacts.Reference redirect = hit.document().firstRedirect();
                List<Finding.RelatedLocation> chain = chains.chain(doc, ref, res.target(), hit.document(),
                        new Finding.RelatedLocation(hit.document().path(), redirect.line(), redirect.column(),
                                "<Redirect> to " + hit.value() + ", which does not exist"));
                ctx.report(doc, ref, RedirectChains.reached(res.target(), hit.document(), chain) + " redirects to " + hit.value()
                        + ", which does not exist in the project", chain);
            }
        }
    }

    /** Where the running redirect of {@code d} should lead when that document is missing, else null. */
    private static String missingRedirect(Project project, DocumentFacts d) {
        DocumentFacts.Reference r = d.firstRedirect();
        if (r == null) {
            return null;
        }
        Project.Resolution res = project.resolve(d, r);
        return res.status() == Project.Resolution.Status.MISSING ? res.tried() : null;
    }
}
