package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code <Parameter>} needs both {@code name} and {@code value} (C146; required in the schema, 12200);
 * a name given twice under one parent passes only one of the values (warning); under {@code <Stream>}
 * name and value together stay under 500 characters (C161).
 */
public final class ParameterAttributesRule implements Rule {
    static final RuleMeta META = RuleMeta.of("parameter-attributes", Severity.ERROR,
                    "<Parameter> without name or value; the same name twice under one parent (warning).")
            .twilioCodes("12200")
            .tags("correctness")
            .constraints("C146", "C161")
            .build();

    /** Stream parameters: name and value together must stay under this many characters (C161). */
    static final int STREAM_PARAMETER_LIMIT = 500;

    /** Names seen under the open element at each depth; cleared when that element ends. */
    private final List<Set<String>> namesByDepth = new ArrayList<>();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (!element.is("Parameter")) {
            return;
        }
        Attribute name = element.attribute("name");
        Attribute value = element.attribute("value");
        boolean noName = name == null || name.value().isBlank();
        if (noName || value == null) {
            String missing = noName && value == null ? "neither a name nor a value attribute"
                    : noName ? (name == null ? "no name attribute" : "an empty name") : "no value attribute";
            ctx.report(element, "<Parameter> has " + missing + "; it needs both name and value");
        }
        if (!noName && value != null && element.parentName() != null && element.parent().is("Stream")
                && !name.isTemplated() && !value.isTemplated()
                && name.value().length() + value.value().length() >= STREAM_PARAMETER_LIMIT) {
            ctx.report(value, "the name and value of a <Stream> <Parameter> are "
                    + (name.value().length() + value.value().length()) + " characters together; Twilio accepts under "
                    + STREAM_PARAMETER_LIMIT);
        }
        if (noName || name.isTemplated() || element.parent() == null) {
            return; // a placeholder name may differ at run time
        }
        int depth = element.parent().depth();
        while (namesByDepth.size() <= depth) {
            namesByDepth.add(null);
        }
        Set<String> names = namesByDepth.get(depth);
        if (names == null) {
            names = new HashSet<>();
            namesByDepth.set(depth, names);
        }
        if (!names.add(name.value())) {
            ctx.report(name, Severity.WARNING, "a <Parameter> named \"" + name.value() + "\" is already given under this <"
                    + element.parentName() + ">; the names collide, so one of the values is lost");
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        int depth = element.depth();
        if (depth < namesByDepth.size()) {
            Set<String> names = namesByDepth.get(depth);
            if (names != null && !names.isEmpty()) {
                names.clear();
            }
        }
    }
}
