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
 * Project rules ({@link ProjectRule}, run once over all documents) are found and configured the
 * same way and share the id space.
 */
public final class RuleSet {
    private final Map<String, Supplier<Rule>> factories;
    private final Map<String, RuleMeta> metas;
    private final Map<String, Supplier<ProjectRule>> projectFactories;

    private RuleSet(Map<String, Supplier<Rule>> factories, Map<String, RuleMeta> metas) {
        this(factories, metas, new LinkedHashMap<>());
    }

    private RuleSet(Map<String, Supplier<Rule>> factories, Map<String, RuleMeta> metas,
                    Map<String, Supplier<ProjectRule>> projectFactories) {
        this.factories = factories;
        this.metas = metas;
        this.projectFactories = projectFactories;
    }

    /** Every rule on the class path of the given loader. */
    public static RuleSet discover(ClassLoader loader) {
        Map<String, Supplier<Rule>> factories = new LinkedHashMap<>();
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        List<ServiceLoader.Provider<Rule>> providers = new ArrayList<>();
        // Loops, not forEach(list::add): every method reference is linked at start-up (issue 15).
        for (var it = ServiceLoader.load(Rule.class, loader).stream().iterator(); it.hasNext(); ) {
            providers.add(it.next());
        }
        for (ServiceLoader.Provider<Rule> p : providers) {
            Rule prototype = p.get();
            RuleMeta meta = prototype.meta();
            if (CoreRules.isCoreRule(meta.id()) || factories.containsKey(meta.id())) {
                throw new IllegalStateException("two rules with the id " + meta.id() + ": "
                        + p.type().getName());
            }
            factories.put(meta.id(), factory(p));
            metas.put(meta.id(), meta);
        }
        Map<String, Supplier<ProjectRule>> projectFactories = new LinkedHashMap<>();
        List<ServiceLoader.Provider<ProjectRule>> projectProviders = new ArrayList<>();
        for (var it = ServiceLoader.load(ProjectRule.class, loader).stream().iterator(); it.hasNext(); ) {
            projectProviders.add(it.next());
        }
        for (ServiceLoader.Provider<ProjectRule> p : projectProviders) {
            RuleMeta meta = p.get().meta();
            if (meta.id().equals(CoreRules.XML_SYNTAX.id()) || metas.containsKey(meta.id())) {
                throw new IllegalStateException("two rules with the id " + meta.id() + ": "
                        + p.type().getName());
            }
            projectFactories.put(meta.id(), p::get);
            metas.put(meta.id(), meta);
        }
        return new RuleSet(factories, metas, projectFactories);
    }

    /**
     * Makes instances of the provider's class with its public constructor, past the access check
     * the service loader repeats on every call (a rule with state is made for every document). On
     * the class path that constructor is what the service loader calls too; a rule in a named
     * module (it may provide a static {@code provider()} method) keeps the service loader.
     */
    private static Supplier<Rule> factory(ServiceLoader.Provider<Rule> p) {
        if (p.type().getModule().isNamed()) {
            return p::get;
        }
        java.lang.reflect.Constructor<? extends Rule> c;
        try {
            c = p.type().getConstructor();
        } catch (NoSuchMethodException | SecurityException e) {
            return p::get;
        }
        if (!c.trySetAccessible()) {
            return p::get;
        }
        return () -> {
            try {
                return c.newInstance();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new java.util.ServiceConfigurationError(p.type().getName() + ": " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new java.util.ServiceConfigurationError(p.type().getName() + ": " + e, e);
            }
        };
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

    /** This set plus explicit project rules, mostly for tests. */
    @SafeVarargs
    public final RuleSet withProjectRules(Supplier<? extends ProjectRule>... rules) {
        Map<String, RuleMeta> m = new LinkedHashMap<>(metas);
        Map<String, Supplier<ProjectRule>> p = new LinkedHashMap<>(projectFactories);
        for (Supplier<? extends ProjectRule> s : rules) {
            RuleMeta meta = s.get().meta();
            p.put(meta.id(), s::get);
            m.put(meta.id(), meta);
        }
        return new RuleSet(new LinkedHashMap<>(factories), m, p);
    }

    /** Only the rules with these ids. */
    public RuleSet only(java.util.Collection<String> ids) {
        Map<String, Supplier<Rule>> f = new LinkedHashMap<>();
        Map<String, RuleMeta> m = new LinkedHashMap<>();
        Map<String, Supplier<ProjectRule>> p = new LinkedHashMap<>();
        for (String id : ids) {
            if (factories.containsKey(id)) {
                f.put(id, factories.get(id));
                m.put(id, metas.get(id));
            } else if (projectFactories.containsKey(id)) {
                p.put(id, projectFactories.get(id));
                m.put(id, metas.get(id));
            }
        }
        return new RuleSet(f, m, p);
    }

    /** Metadata of every rule, project rules and the core ones (xml-syntax, unused-suppression) included, sorted by id. */
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

    /** True for a {@link ProjectRule}'s id. */
    public boolean isProjectRule(String id) {
        return projectFactories.containsKey(id);
    }

    Map<String, Supplier<ProjectRule>> projectFactories() {
        return projectFactories;
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
