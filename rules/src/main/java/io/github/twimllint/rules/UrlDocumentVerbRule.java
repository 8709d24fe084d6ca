package io.github.twimllint.rules;

import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Project;
import io.github.twimllint.core.ProjectContext;
import io.github.twimllint.core.ProjectRule;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The documents run through {@code url} and {@code waitUrl} attributes support only a few verbs
 * (C040, C063, C066, C129; error 13238). A {@code <Dial>} in a {@code <Number>}/{@code <Client>}/
 * {@code <Sip>} url document is {@code url-document-dial}'s alone.
 */
public final class UrlDocumentVerbRule implements ProjectRule {
    static final RuleMeta META = RuleMeta.of("url-document-verb", Severity.ERROR,
                    "A document run through a url or waitUrl attribute uses a verb such documents do not support.")
            .twilioCodes("13238")
            .tags("correctness", "cross-document")
            .constraints("C040", "C063", "C066", "C129")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Project project, ProjectContext ctx) {
        Map<UrlDocumentKind, RedirectChains<DocumentFacts.Verb>> chainsByKind = new EnumMap<>(UrlDocumentKind.class);
        for (UrlDocumentKind kind : UrlDocumentKind.values()) {
            chainsByKind.put(kind, new RedirectChains<>(project, d -> firstUnsupported(d, kind)));
        }
        List<DocumentFacts> docs = project.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentFacts doc = docs.get(d);
            List<DocumentFacts.Reference> refs = doc.references();
            for (int r = 0; r < refs.size(); r++) {
                DocumentFacts.Reference ref = refs.get(r);
                UrlDocumentKind kind = UrlDocumentKind.of(ref);
                if (kind == null) {
                    continue;
                }
                Project.Resolution res = project.resolve(doc, ref);
                if (!res.resolved()) {
                    continue;
                }
                RedirectChains<DocumentFacts.Verb> chains = chainsByKind.get(kind);
                RedirectChains.Hit<DocumentFacts.Verb> hit = chains.find(res.target());
                if (hit == null) {
                    continue;
                }
                DocumentFacts.Verb verb = hit.value();
                List<Finding.RelatedLocation> chain = chains.chain(doc, ref, res.target(), hit.document(),
                        new Finding.RelatedLocation(hit.document().path(), verb.line(), verb.column(),
                                "<" + verb.name() + "> here"));
                ctx.report(doc, ref, RedirectChains.reached(res.target(), hit.document(), chain)
                        + " uses <" + verb.name() + "> at line " + verb.line() + ", but a " + ref.where()
                        + " document (" + kind.role() + ") may only use " + kind.allowedList()
                        + " (Twilio error 13238)", chain);
            }
        }
    }

    /** The first verb that runs and is not supported; a whisper's <Dial> is left to url-document-dial. */
    private static DocumentFacts.Verb firstUnsupported(DocumentFacts d, UrlDocumentKind kind) {
        for (DocumentFacts.Verb v : d.verbsThatRun()) {
            String name = v.name();
            if (!UrlDocumentKind.VOICE_VERBS.contains(name) || kind.allows(name)) {
                continue;
            }
            if (kind == UrlDocumentKind.WHISPER && name.equals("Dial")) {
                continue;
            }
            return v;
        }
        return null;
    }
}
