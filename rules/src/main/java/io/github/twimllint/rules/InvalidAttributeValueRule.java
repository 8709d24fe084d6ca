package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.ValueSyntax;
import io.github.twimllint.rules.vocabulary.model.AliasSpec;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Values outside an attribute's class as the vocabulary defines it: enums (with legacy aliases as
 * warnings), booleans, integers and their ranges, decimals, lists, string lengths and patterns
 * (C013, C022-C028, C042, C052-C058, C085-C087, C099, C108, C111, C114-C116, C119, C138-C143, ...).
 * URLs, methods and event lists have their own rules.
 */
public final class InvalidAttributeValueRule extends AttributeValueRule {
    static final RuleMeta META = RuleMeta.of("invalid-attribute-value", Severity.ERROR,
                    "A value outside the attribute's enum, boolean, integer range, list or length.")
            .help("Twilio ignores an attribute whose value it does not understand (warning 12200) or fails the "
                    + "verb (13212 timeout, 13216 timeLimit, 13217 record, ...). Booleans are exactly true or false, "
                    + "enums are case-sensitive, integers have documented ranges (<Dial timeout> 5 to 600), lists "
                    + "are space-separated. A legacy alias the docs still accept (<Dial record=\"true\">) is a "
                    + "warning that names the current value.\n\n"
                    + "Bad:   <Record playBeep=\"True\" maxLength=\"0\"/>\n"
                    + "Fixed: <Record playBeep=\"true\" maxLength=\"30\"/>")
            .twilioCodes("12200", "13212", "13216", "13217", "13213", "13218", "13219", "13220", "13235",
                    "13313", "13314", "13326", "13327", "13410", "13510", "13611", "13612", "13616", "13810",
                    "13910")
            .tags("correctness", "values")
            .build();

    /** Data patterns compiled once per process, not per value. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Attribute a, AttributeSpec spec, RuleContext ctx) {
        String v = a.value();
        AttributeSpec.Type type = spec.getType();
        if (a.isTemplated() && type != AttributeSpec.Type.ENUM_LIST && type != AttributeSpec.Type.INT_LIST) {
            return; // a placeholder's value is unknown; lists still have literal items to check
        }
        Problem p = null;
        switch (type) {
            case BOOL:
                p = ValueSyntax.bool(v);
                break;
            case INT:
                p = ValueSyntax.integer(v, bound(spec.getMin()), bound(spec.getMax()));
                break;
            case INT_OR_AUTO:
                if (!v.equals("auto")) {
                    p = ValueSyntax.integer(v, bound(spec.getMin()), bound(spec.getMax()));
                    if (p != null) {
                        p = v.equalsIgnoreCase("auto") ? Problem.error("values are case-sensitive: write \"auto\"")
                                : Problem.error(p.message() + ", or \"auto\"");
                    }
                }
                break;
            case DECIMAL:
                p = ValueSyntax.decimal(v, decimal(spec.getMin()), decimal(spec.getMax()));
                break;
            case ENUM:
                if (!Boolean.FALSE.equals(spec.getClosed()) && !spec.getValues().isEmpty()
                        && !spec.getValues().contains(v)) {
                    p = ValueSyntax.enumValue(v, spec.getValues(), aliases(spec),
                            Boolean.TRUE.equals(spec.getCaseLenient()));
                }
                break;
            case ENUM_LIST:
                if (StatusCallbackEventRule.isEventList(a.name())) {
                    return; // status-callback-event is the more specific rule
                }
                ValueSyntax.TokenCheck token = Boolean.FALSE.equals(spec.getClosed()) || spec.getValues().isEmpty()
                        ? t -> null : ValueSyntax.oneOf(spec.getValues());
                for (Problem each : ValueSyntax.list(v, token)) {
                    ValueRules.report(ctx, a, each);
                }
                return;
            case INT_LIST:
                for (Problem each : ValueSyntax.list(v, ValueSyntax.integerIn(bound(spec.getMin()),
                        bound(spec.getMax())))) {
                    ValueRules.report(ctx, a, each);
                }
                return;
            case STRING:
            case SID:
                p = checkString(v, spec);
                break;
            default:
                return; // url, method: own rules; phone numbers are not checked here
        }
        if (p != null) {
            ValueRules.report(ctx, a, p);
        }
    }

    private static Problem checkString(String v, AttributeSpec spec) {
        Integer max = spec.getMaxLength();
        if (max != null && v.length() > max) {
            return Problem.error("is " + v.length() + " characters long; at most " + max + " are allowed");
        }
        Integer min = spec.getMinLength();
        if (min != null && v.length() < min) {
            return Problem.error("is " + v.length() + " characters long; at least " + min + " are required");
        }
        String pattern = spec.getPattern();
        if (pattern != null && !PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(v).matches()) {
            // Messages say what is expected in words, never as a regular expression.
            String what = spec.getPatternText() != null ? spec.getPatternText() : "in the documented format";
            int bad = firstOutside(pattern, v);
            if (bad >= 0) {
                return Problem.error("'" + new String(Character.toChars(v.codePointAt(bad))) + "' is not " + what)
                        .at(bad);
            }
            return Problem.error("is not " + what);
        }
        return null;
    }

    /**
     * For a pattern of the form {@code ^[class]+$}, the index of the first character outside the
     * class, so the finding points at it; -1 for other patterns or when every character is in it.
     */
    static int firstOutside(String pattern, String value) {
        if (!pattern.startsWith("^[") || !pattern.endsWith("]+$")) {
            return -1;
        }
        Pattern one = PATTERNS.computeIfAbsent(pattern.substring(1, pattern.length() - 2), Pattern::compile);
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            if (!one.matcher(new String(Character.toChars(value.codePointAt(i)))).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> aliases(AttributeSpec spec) {
        List<AliasSpec> list = spec.getAliases();
        if (list == null || list.isEmpty()) {
            return Map.of();
        }
        Map<String, String> map = new HashMap<>();
        for (AliasSpec alias : list) {
            map.put(alias.getValue(), alias.getMeans());
        }
        return map;
    }

    private static Long bound(Double d) {
        return d == null ? null : (long) Math.floor(d);
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).stripTrailingZeros();
    }
}
