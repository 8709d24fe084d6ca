package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The rules available to a run, each with a factory (a fresh instance per document) and its
 * metadata. Built-in and third-party rules are found the same way, through {@link ServiceLoader}.
 */
public final class RuleSet {
    private final Map<String, Supplier<Rule>> factories;
    private final Map<String, RuleMeta> metas;

    private RuleSet(Map<String, Supplier<Rule>> factories, Map<String, RuleMeta> metas) {
        this.factories = factories;
        this.metas = metas;
    }

    /** Every rule on the class path of the given loader. */
    public static RuleSet discover(ClassLoader loader) {
        Map<String, Supplier<Rule>> factories = new LinkedHashMap<>();
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        List<ServiceLoader.Provider<Rule>> providers = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).stream().forEach(providers::add);
        for (ServiceLoader.Provider<Rule> p : providers) {
            Rule prototype = p.get();
            RuleMeta meta = prototype.meta();
            if (CoreRules.isCoreRule(meta.id()) || factories.containsKey(meta.id())) {
                throw new IllegalStateException("two rules with the id " + meta.id() + ": "
                        + p.type().getName());
            }
            factories.put(meta.id(), p::get);
            metas.put(meta.id(), meta);
        }
        return new RuleSet(factories, metas);
    }

    public static RuleSet discover() {
        return discover(RuleSet.class.getClassLoader());
    }

    /** A set of explicit rule factories, mostly for tests. */
    @SafeVarargs
    public static RuleSet of(Supplier<? extends Rule>... rules) {
        Map<String, Supplier<Rule>> factories = new LinkedHashMap<>();
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        for (Supplier<? extends Rule> s : rules) {
            RuleMeta meta = s.get().meta();
            factories.put(meta.id(), s::get);
            metas.put(meta.id(), meta);
        }
        return new RuleSet(factories, metas);
    }

    /** Only the rules with these ids. */
    public RuleSet only(java.util.Collection<String> ids) {
        Map<String, Supplier<Rule>> f = new LinkedHashMap<>();
        Map<String, RuleMeta> m = new LinkedHashMap<>();
        for (String id : ids) {
            if (factories.containsKey(id)) {
                f.put(id, factories.get(id));
                m.put(id, metas.get(id));
            }
        }
        return new RuleSet(f, m);
    }

    /** Metadata of every rule, the core ones (xml-syntax, unused-suppression) included, sorted by id. */
    public List<RuleMeta> allMeta() {
        List<RuleMeta> all = new ArrayList<>(metas.values());
        all.add(CoreRules.XML_SYNTAX);
        all.add(CoreRules.UNUSED_SUPPRESSION);
        all.sort(Comparator.comparing(RuleMeta::id));
        return Collections.unmodifiableList(all);
    }

    public RuleMeta meta(String id) {
        if (CoreRules.XML_SYNTAX.id().equals(id)) {
            return CoreRules.XML_SYNTAX;
        }
        if (CoreRules.UNUSED_SUPPRESSION.id().equals(id)) {
            return CoreRules.UNUSED_SUPPRESSION;
        }
        return metas.get(id);
    }

    public boolean contains(String id) {
        return meta(id) != null;
    }

    /** Every rule id, core ones included, sorted. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (RuleMeta m : allMeta()) {
            ids.add(m.id());
        }
        return ids;
    }

    Map<String, Supplier<Rule>> factories() {
        return factories;
    }

    /** Default levels of every rule, to be overridden by configuration. */
    public Map<String, Severity> defaultLevels() {
        Map<String, Severity> levels = new HashMap<>();
        for (RuleMeta m : allMeta()) {
            levels.put(m.id(), m.defaultSeverity());
        }
        return levels;
    }
}
