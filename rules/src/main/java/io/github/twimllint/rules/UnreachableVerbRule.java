package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;

/**
 * Verbs after one that ends the document (C016, C123, C126, C181): {@code <Hangup>},
 * {@code <Reject>}, {@code <Redirect>}, or {@code <Dial action>} / {@code <Message action>}. Which verbs end it is data
 * ({@code terminal}). Reported once, at the first unreachable verb, unless template constructs
 * ({@code {% if %}}) came before it in {@code <Response>}: then the flow may be conditional.
 */
public final class UnreachableVerbRule implements Rule {
    static final RuleMeta META = RuleMeta.of("unreachable-verb", Severity.WARNING,
                    "Verbs after <Hangup>, <Reject>, <Redirect>, or a <Dial> or <Message> with an action never run.")
            .tags("flow")
            .constraints("C016", "C123", "C126", "C181")
            .build();

    private String endedBy;
    private int endedAt;
    private boolean done;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (element.depth() != 1) {
            return;
        }
        ElementInfo info = Vocabulary.get().find(DocumentKind.of(ctx), element);
        if (info == null) {
            return;
        }
        if (endedBy != null) {
            if (!done) {
                done = true;
                // Template logic between the verbs ({% if %} ... {% else %}) may make them alternatives.
                if (!element.parent().isTextTemplated()) {
                    ctx.report(element, Texts.tag(element.name()) + " never runs: " + endedBy + " at line " + endedAt
                            + " ends the document");
                }
            }
            return;
        }
        ElementSpec.Terminal terminal = info.terminal();
        if (terminal == ElementSpec.Terminal.ALWAYS) {
            endedBy = Texts.tag(element.name());
            endedAt = element.line();
        } else if (terminal == ElementSpec.Terminal.WITH_ACTION) {
            Attribute action = element.attribute("action");
            if (action != null && !action.value().isBlank()) {
                endedBy = "<" + element.name() + " action>";
                endedAt = element.line();
            }
        }
    }
}
