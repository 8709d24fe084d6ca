package io.github.twimllint.rules;

import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Project;
import io.github.twimllint.core.ProjectContext;
import io.github.twimllint.core.ProjectRule;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.List;

/**
 * The document a {@code <Number>}, {@code <Client>} or {@code <Sip>} {@code url} runs on the called
 * party must not dial, directly or through redirects (C040, C048, C073; error 13201).
 */
public final class UrlDocumentDialRule implements ProjectRule {
    static final RuleMeta META = RuleMeta.of("url-document-dial", Severity.ERROR,
                    "The document run by a <Number>, <Client> or <Sip> url contains <Dial>.")
            .twilioCodes("13201")
            .tags("correctness", "cross-document")
            .constraints("C040", "C048", "C073")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Project project, ProjectContext ctx) {
        RedirectChains<DocumentFacts.Verb> chains = new RedirectChains<>(project, UrlDocumentDialRule::firstDial);
        List<DocumentFacts> docs = project.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentFacts doc = docs.get(d);
            List<DocumentFacts.Reference> refs = doc.references();
            for (int r = 0; r < refs.size(); r++) {
                DocumentFacts.Reference ref = refs.get(r);
                if (UrlDocumentKind.of(ref) != UrlDocumentKind.WHISPER) {
                    continue;
                }
                Project.Resolution res = project.resolve(doc, ref);
                if (!res.resolved()) {
                    continue;
                }
                RedirectChains.Hit<DocumentFacts.Verb> hit = chains.find(res.target());
                if (hit == null) {
                    continue;
                }
                DocumentFacts.Verb dial = hit.value();
                List<Finding.RelatedLocation> chain = chains.chain(doc, ref, res.target(), hit.document(),
                        new Finding.RelatedLocation(hit.document().path(), dial.line(), dial.column(),
                                "<Dial> here"));
                ctx.report(doc, ref, RedirectChains.reached(res.target(), hit.document(), chain)
                        + " has a <Dial> at line " + dial.line() + ": a " + ref.where() + " document is "
                        + UrlDocumentKind.WHISPER.role() + " and cannot dial (Twilio error 13201)", chain);
            }
        }
    }

    private static DocumentFacts.Verb firstDial(DocumentFacts d) {
        for (DocumentFacts.Verb v : d.verbsThatRun()) {
            if (v.name().equals("Dial")) {
                return v;
            }
        }
        return null;
    }
}
