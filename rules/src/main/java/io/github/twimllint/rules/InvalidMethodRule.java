package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.ValueSyntax;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;

/** Every method-type attribute takes only {@code GET} or {@code POST}, upper-case (C008). */
public final class InvalidMethodRule extends AttributeValueRule {
    static final RuleMeta META = RuleMeta.of("invalid-method", Severity.ERROR,
                    "A method attribute (method, statusCallbackMethod, waitMethod, ...) is not GET or POST.")
            .twilioCodes("13210", "13221", "13241", "13312", "13610", "13710", "14104", "14201", "14206", "14210")
            .tags("correctness", "values")
            .constraints("C008", "C122", "C130", "C180", "C184")
            .fixable()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected AttributeSpec.Type checkedType() {
        return AttributeSpec.Type.METHOD;
    }

    @Override
    protected void check(Attribute a, AttributeSpec spec, RuleContext ctx) {
        if (a.isTemplated()) {
            return;
        }
        Problem p = ValueSyntax.method(a.value());
        if (p != null) {
            ValueRules.report(ctx, a, p);
        }
    }
}
