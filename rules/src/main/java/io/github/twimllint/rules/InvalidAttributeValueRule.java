package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.ValueSyntax;
import io.github.twimllint.rules.vocabulary.model.AliasSpec;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ConditionSpec;
import io.github.twimllint.rules.vocabulary.model.ParentValuesSpec;
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
            .twilioCodes("12200", "13212", "13216", "13217", "13213", "13218", "13219", "13220", "13235",
                    "13313", "13314", "13326", "13327", "13410", "13510", "13611", "13612", "13616", "13810",
                    "13910", "16023", "31941")
            .tags("correctness", "values")
            .constraints("C012", "C013", "C022", "C023", "C024", "C025", "C027", "C028", "C029", "C032",
                    "C033", "C039", "C042", "C052", "C053", "C054", "C055", "C056", "C057", "C058", "C059",
                    "C074", "C078", "C084", "C085", "C086", "C087", "C090", "C099", "C103", "C104", "C105", "C108",
                    "C109", "C111", "C114", "C115", "C116", "C118", "C119", "C126", "C131", "C136", "C138", "C139",
                    "C140", "C141", "C142", "C143", "C144", "C147", "C149", "C158", "C163", "C164", "C165",
                    "C167", "C168", "C169", "C178")
            .fixable()
            .build();

    /** Data patterns compiled once per process, not per value. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Attribute a, AttributeSpec spec, RuleContext ctx) {
        checkCondition(a, spec, ctx);
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
                if (!isSmallIntegerWithin(v, spec)) {
                    p = ValueSyntax.integer(v, bound(spec.getMin()), bound(spec.getMax()));
                }
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
                if (p == null) {
                    p = checkUnder(v, spec, a.element().parentName());
                }
                break;
            case ENUM_LIST:
                if (StatusCallbackEventRule.isEventList(a.name())) {
                    return; // status-callback-event is the more specific rule
                }
                ValueSyntax.TokenCheck token = Boolean.FALSE.equals(spec.getClosed()) || spec.getValues().isEmpty()
                        ? ValueSyntax.ANY_TOKEN : ValueSyntax.oneOf(spec.getValues());
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
                if (p == null && a.element().is("Language") && a.name().equals("code")) {
                    p = LanguageMulti.check(a);
                }
                break;
            case PHONE:
                p = address(v, false);
                break;
            case PHONE_OR_SENDER_ID:
                p = address(v, true);
                break;
            default:
                return; // url, method: own rules
        }
        if (p != null) {
            ValueRules.report(ctx, a, p);
        }
    }

    /**
     * An attribute that does something only with another attribute's value (C104
     * {@code <say-as format>} without {@code interpret-as="date"}, C118 {@code transcribeCallback}
     * without {@code transcribe="true"}): a warning, as Twilio runs the document and ignores it.
     */
    private static void checkCondition(Attribute a, AttributeSpec spec, RuleContext ctx) {
        ConditionSpec c = spec.getOnlyWith();
        if (c == null) {
            return;
        }
        Attribute other = a.element().attribute(c.getAttribute());
        if (other != null && (other.isTemplated() || c.getValues().contains(other.value()))) {
            return;
        }
        String needed = c.getAttribute() + "=\"" + String.join("\" or \"", c.getValues()) + "\"";
        ValueRules.report(ctx, a, Problem.warning("has no effect without " + needed
                + (other == null ? "" : " (it is \"" + ValueRules.shown(other.value()) + "\")")));
    }

    /** Narrower values where the element stands under a given parent (C158: {@code <Connect><Stream track>}). */
    private static Problem checkUnder(String v, AttributeSpec spec, String parentName) {
        for (ParentValuesSpec under : spec.getValuesUnder()) {
            if (under.getParent().equals(parentName) && !under.getValues().contains(v)) {
                return Problem.error("under <" + parentName + "> only " + ValueSyntax.list(under.getValues())
                        + " is supported" + (under.getCode() == null ? "" : " (error " + under.getCode() + ")"));
            }
        }
        return null;
    }

    /**
     * A messaging address (C178): a phone number, a channel address such as {@code whatsapp:+14155550100},
     * or where allowed an alphanumeric sender ID (up to 11 letters, digits and spaces, with a letter).
     */
    private static Problem address(String v, boolean senderId) {
        if (PhoneNumbers.looksLikeFormatPlaceholder(v) || PhoneNumbers.isPhoneNumber(v) || isChannelAddress(v)) {
            return null;
        }
        if (senderId && isSenderId(v)) {
            return null;
        }
        int digits = PhoneNumbers.digits(v);
        if (digits > PhoneNumbers.MAX_DIGITS) {
            return Problem.error("has " + digits + " digits; a phone number has at most " + PhoneNumbers.MAX_DIGITS);
        }
        return Problem.error(senderId
                ? "is neither a phone number (E.164, e.g. +14155550100) nor an alphanumeric sender ID"
                        + " (at most 11 letters, digits and spaces)"
                : "is not a phone number (E.164, e.g. +14155550100)");
    }

    private static boolean isChannelAddress(String v) {
        int colon = v.indexOf(':');
        if (colon < 1 || colon == v.length() - 1 || v.indexOf(' ') >= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSenderId(String v) {
        if (v.isEmpty() || v.length() > 11) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean alpha = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            letter |= alpha;
            if (!(alpha || c >= '0' && c <= '9' || c == ' ')) {
                return false;
            }
        }
        return letter;
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
        Problem items = checkItems(v, spec);
        if (items != null) {
            return items;
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
        String not = spec.getNotPattern();
        if (not != null && PATTERNS.computeIfAbsent(not, Pattern::compile).matcher(v).matches()) {
            return Problem.error("is " + (spec.getNotPatternText() != null ? spec.getNotPatternText()
                    : "a value Twilio does not accept here"));
        }
        return null;
    }

    /**
     * For a pattern of the form {@code ^[class]+$}, the index of the first character outside the
     * class, so the finding points at it; -1 for other patterns or when every character is in it.
     */
    static int firstOutside(String pattern, String value) {
        if (!pattern.startsWith("^[") || !pattern.endsWith("]+$") && !pattern.endsWith("]*$")) {
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

    /** The item count and item length limits of a separated string such as {@code <Gather hints>} (C090). */
    private static Problem checkItems(String v, AttributeSpec spec) {
        Integer maxItems = spec.getMaxItems();
        Integer maxItemLength = spec.getMaxItemLength();
        if (spec.getSeparator() == null || maxItems == null && maxItemLength == null) {
            return null;
        }
        String[] items = spec.getSeparator() == AttributeSpec.Separator.COMMA ? v.split(",", -1)
                : v.strip().split("\\s+", -1);
        if (maxItems != null && items.length > maxItems) {
            return Problem.error("has " + items.length + " entries; at most " + maxItems + " are allowed");
        }
        if (maxItemLength != null) {
            for (String item : items) {
                String t = item.strip();
                if (t.length() > maxItemLength) {
                    return Problem.error("has an entry of " + t.length() + " characters (\""
                            + t.substring(0, Math.min(20, t.length())) + "…\"); an entry has at most " + maxItemLength);
                }
            }
        }
        return null;
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

    /**
     * True for up to nine ASCII digits within the spec's bounds (most integer values), where
     * {@link ValueSyntax#integer} finds nothing: decided without boxing the bounds.
     */
    static boolean isSmallIntegerWithin(String v, AttributeSpec spec) {
        int n = v.length();
        if (n == 0 || n > 9) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        Double min = spec.getMin();
        Double max = spec.getMax();
        return (min == null || value >= (long) Math.floor(min)) && (max == null || value <= (long) Math.floor(max));
    }

    private static Long bound(Double d) {
        return d == null ? null : (long) Math.floor(d);
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).stripTrailingZeros();
    }
}
