package io.github.twimllint.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.Names;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.config.generated.ConfigOverride;
import io.github.twimllint.core.config.generated.DocumentKinds;
import io.github.twimllint.core.config.generated.RuleSettings;
import io.github.twimllint.core.config.generated.TwimlLintConfig;
import io.github.twimllint.core.config.generated.UrlMappings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .twiml-lint.json}. The raw JSON is checked against the schema the Java
 * model is generated from, then rule ids against the rules on the class path; the first problem
 * (in file order) stops the run with its line, column and, for a misspelt key or rule id, the
 * closest valid one.
 *
 * <p>Start-up matters (a linter runs in every hook and CI job), so the file is read with
 * jackson-core's streaming parser into plain maps and lists, checked by {@link #checkSchema} (the
 * schema's rules written out by hand, no JSON-Schema engine at run time) and copied into the
 * generated model without jackson-databind. {@code ConfigSchemaAgreementTest} holds the hand-written
 * checks to the schema with a real JSON-Schema validator.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".twiml-lint.json";
    /** The same format under the name editors associate with JSON with comments; {@link #FILE_NAME} wins in one folder. */
    public static final String JSONC_NAME = ".twiml-lint.jsonc";
    public static final String SCHEMA_RESOURCE = "/schema/twiml-lint-config.schema.json";

    /** Read on first use (tests and editors): runs never need the schema itself. */
    private static final class Schema {
        static final JsonNode NODE = readSchema();
    }
    /** JSONC: comments and trailing commas, as editors write settings files (either file name). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    /** The top-level keys, in the schema's order (for "expected one of" messages). */
    static final List<String> KEYS = List.of("$schema", "rules", "include", "exclude", "urlMappings",
            "documentKinds", "templates", "failOn", "maxWarnings", "reportUnusedSuppressions", "overrides");
    /** The keys of an {@code overrides} entry, in the schema's order. */
    static final List<String> OVERRIDE_KEYS = List.of("files", "excludedFiles", "rules", "documentKind");
    private static final List<String> FAIL_ON = List.of("error", "warning", "note", "err", "warn", "info", "none");
    private static final List<String> KINDS = List.of("voice", "messaging");
    private static final List<String> LEVELS = List.of("off", "note", "warning", "error");
    /** Include, exclude and document-kind globs together. */
    static final int MAX_GLOBS = 1000;
    /** Characters of the file's content quoted in a message at most. */
    private static final int EXCERPT = 60;

    private final RuleSet rules;

    public ConfigLoader(RuleSet rules) {
        this.rules = rules;
    }

    /** The schema, as shipped (for tests and editors). */
    public static JsonNode schema() {
        return Schema.NODE.deepCopy();
    }

    private static JsonNode readSchema() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest {@code .twiml-lint.json} (or {@code .jsonc}) in {@code start} or a folder above it. */
    public static Optional<Path> find(Path start) {
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = inFolder(d);
            if (f != null) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The configuration file in one folder: {@code .twiml-lint.json}, else {@code .twiml-lint.jsonc}, else null. */
    public static Path inFolder(Path dir) {
        for (String name : List.of(FILE_NAME, JSONC_NAME)) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /** Reads and checks a configuration file; globs and folders in it are relative to its folder. */
    public Configuration load(Path file) throws ConfigException {
        return load(file, file);
    }

    /** As {@link #load(Path)}, naming the file in messages as {@code shown} (e.g. as the user typed it). */
    public Configuration load(Path file, Path shown) throws ConfigException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                // Editors on Windows save UTF-8 with a byte-order mark; JSON parsers may refuse it, we need not.
                text = text.substring(1);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(shown, 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(shown, 0, 0, "permission denied");
        } catch (CharacterCodingException e) {
            throw new ConfigException(shown, 0, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(shown, 0, 0, "cannot read (" + io.github.twimllint.core.Messages.of(e) + ")");
        }
        return parse(file, shown, text);
    }

    /** As {@link #load(Path)}, with the text already read (the file names messages and the base folder). */
    public Configuration load(Path file, String text) throws ConfigException {
        return parse(file, file, text);
    }

    private Configuration parse(Path file, Path shown, String text) throws ConfigException {
        Locations where = new Locations();
        Object tree;
        try {
            tree = where.read(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new ConfigException(shown, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "not valid JSON: " + jsonMessage(e));
        } catch (IOException e) {
            throw new ConfigException(shown, 0, 0, "cannot read (" + io.github.twimllint.core.Messages.of(e) + ")");
        }
        if (tree == Locations.MISSING) {
            throw new ConfigException(shown, 1, 1, "empty file; expected a JSON object such as {\"rules\": {}}");
        }
        List<Problem> problems = new ArrayList<>();
        checkSchema(tree, where, problems);
        if (tree instanceof Map) {
            checkRules((Map<?, ?>) tree, where, problems);
            checkGlobs((Map<?, ?>) tree, where, problems);
        }
        if (!problems.isEmpty()) {
            Problem first = problems.stream()
                    .min(Comparator.comparingInt((Problem p) -> p.line).thenComparingInt(p -> p.column)).get();
            throw new ConfigException(shown, first.line, first.column, first.message);
        }
        TwimlLintConfig raw = model((Map<?, ?>) tree);
        Map<String, Severity> levels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        settings(raw.getRules(), levels, options);
        List<Configuration.OverrideEntry> overrides = new ArrayList<>();
        if (raw.getOverrides() != null) {
            for (ConfigOverride o : raw.getOverrides()) {
                Map<String, Severity> l = new LinkedHashMap<>();
                Map<String, Map<String, Object>> opts = new LinkedHashMap<>();
                settings(o.getRules(), l, opts);
                overrides.add(new Configuration.OverrideEntry(Configuration.globs(o.getFiles()),
                        Configuration.globs(o.getExcludedFiles()), l, opts,
                        o.getDocumentKind() == null ? null : o.getDocumentKind().value()));
            }
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        return new Configuration(file, base, raw, levels, options, overrides);
    }

    /** Levels and options of checked rule settings ({@code "id": "level"} or {@code {"level", "options"}}). */
    private static void settings(RuleSettings rules, Map<String, Severity> levels, Map<String, Map<String, Object>> options) {
        if (rules == null) {
            return;
        }
        for (Map.Entry<String, Object> e : rules.getAdditionalProperties().entrySet()) {
            Object v = e.getValue();
            if (v instanceof String) {
                levels.put(e.getKey(), Severity.parse((String) v));
            } else if (v instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) v;
                if (m.get("level") instanceof String) {
                    levels.put(e.getKey(), Severity.parse((String) m.get("level")));
                }
                if (m.get("options") instanceof Map) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    ((Map<?, ?>) m.get("options")).forEach((k, x) -> o.put(String.valueOf(k), x));
                    options.put(e.getKey(), o);
                }
            }
        }
    }

    /** The checked tree into the generated model (every value has the type the schema gives it). */
    @SuppressWarnings("unchecked")
    private static TwimlLintConfig model(Map<?, ?> tree) {
        TwimlLintConfig raw = new TwimlLintConfig();
        for (Map.Entry<?, ?> e : tree.entrySet()) {
            Object v = e.getValue();
            switch ((String) e.getKey()) {
                case "$schema" -> raw.set$schema((String) v);
                case "rules" -> raw.setRules(ruleSettings(v));
                case "include" -> raw.setInclude(new ArrayList<>((List<String>) v));
                case "exclude" -> raw.setExclude(new ArrayList<>((List<String>) v));
                case "urlMappings" -> {
                    UrlMappings m = new UrlMappings();
                    ((Map<String, String>) v).forEach(m::setAdditionalProperty);
                    raw.setUrlMappings(m);
                }
                case "documentKinds" -> {
                    DocumentKinds k = new DocumentKinds();
                    ((Map<String, String>) v).forEach((glob, kind) ->
                            k.setAdditionalProperty(glob, DocumentKinds.DocumentKindsProperty.fromValue(kind)));
                    raw.setDocumentKinds(k);
                }
                case "templates" -> raw.setTemplates((Boolean) v);
                case "failOn" -> raw.setFailOn(TwimlLintConfig.FailOn.fromValue((String) v));
                case "maxWarnings" -> raw.setMaxWarnings(((Number) v).intValue());
                case "reportUnusedSuppressions" -> raw.setReportUnusedSuppressions((Boolean) v);
                case "overrides" -> {
                    List<ConfigOverride> list = new ArrayList<>();
                    for (Object item : (List<?>) v) {
                        Map<String, Object> m = (Map<String, Object>) item;
                        ConfigOverride o = new ConfigOverride();
                        o.setFiles(new ArrayList<>((List<String>) m.get("files")));
                        if (m.containsKey("excludedFiles")) {
                            o.setExcludedFiles(new ArrayList<>((List<String>) m.get("excludedFiles")));
                        }
                        if (m.containsKey("rules")) {
                            o.setRules(ruleSettings(m.get("rules")));
                        }
                        if (m.containsKey("documentKind")) {
                            o.setDocumentKind(ConfigOverride.DocumentKind.fromValue((String) m.get("documentKind")));
                        }
                        list.add(o);
                    }
                    raw.setOverrides(list);
                }
                default -> throw new IllegalStateException("unchecked key " + e.getKey());
            }
        }
        return raw;
    }

    @SuppressWarnings("unchecked")
    private static RuleSettings ruleSettings(Object v) {
        RuleSettings rules = new RuleSettings();
        ((Map<String, Object>) v).forEach(rules::setAdditionalProperty);
        return rules;
    }

    /** What is wrong, in the user's terms (see {@link io.github.twimllint.core.JsonProblems}). */
    private static String jsonMessage(JsonProcessingException e) {
        return io.github.twimllint.core.JsonProblems.describe(e);
    }

    private record Problem(int line, int column, String message) {
    }

    /**
     * The schema ({@code twiml-lint-config.schema.json}) as code: the root is an object with only the
     * known keys, each of its type; strings in lists and maps are not empty; enums. Rule entries are
     * left to {@link #checkRules}, whose messages are more precise than the schema's oneOf.
     */
    private static void checkSchema(Object tree, Locations where, List<Problem> problems) {
        if (!(tree instanceof Map)) {
            problems.add(at(where.value(""), type(tree) + " found, object expected"));
            return;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) tree).entrySet()) {
            String key = (String) e.getKey();
            String pointer = "/" + escape(key);
            Object v = e.getValue();
            switch (key) {
                case "$schema" -> expect(v, "string", pointer, where, problems);
                case "rules" -> expect(v, "object", pointer, where, problems);
                case "include", "exclude" -> strings(v, pointer, where, problems);
                case "overrides" -> {
                    if (expect(v, "array", pointer, where, problems)) {
                        List<?> list = (List<?>) v;
                        for (int i = 0; i < list.size(); i++) {
                            checkOverride(list.get(i), pointer + "/" + i, where, problems);
                        }
                    }
                }
                case "urlMappings" -> {
                    if (expect(v, "object", pointer, where, problems)) {
                        for (Map.Entry<?, ?> m : ((Map<?, ?>) v).entrySet()) {
                            nonEmptyString(m.getValue(), pointer + "/" + escape((String) m.getKey()), where, problems);
                        }
                    }
                }
                case "documentKinds" -> {
                    if (expect(v, "object", pointer, where, problems)) {
                        for (Map.Entry<?, ?> m : ((Map<?, ?>) v).entrySet()) {
                            oneOf(m.getValue(), KINDS, pointer + "/" + escape((String) m.getKey()), where, problems);
                        }
                    }
                }
                case "templates", "reportUnusedSuppressions" -> expect(v, "boolean", pointer, where, problems);
                case "failOn" -> oneOf(v, FAIL_ON, pointer, where, problems);
                case "maxWarnings" -> {
                    if (expect(v, "integer", pointer, where, problems) && (v instanceof java.math.BigInteger
                            || ((Number) v).longValue() < -1 || ((Number) v).longValue() > Integer.MAX_VALUE)) {
                        problems.add(at(where.value(pointer), "'maxWarnings': must be -1 (no limit) or more"));
                    }
                }
                default -> problems.add(at(where.key(pointer), "unknown key '" + excerpt(key) + "'" + Names.suggestion(key, KEYS)
                        + "; expected one of " + String.join(", ", KEYS)));
            }
        }
    }

    /** An array of non-empty strings; true when it is an array. */
    private static boolean strings(Object v, String pointer, Locations where, List<Problem> problems) {
        if (!expect(v, "array", pointer, where, problems)) {
            return false;
        }
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) {
            nonEmptyString(list.get(i), pointer + "/" + i, where, problems);
        }
        return true;
    }

    /** One {@code overrides} entry: an object with {@code files} (at least one glob) and the known keys. */
    private static void checkOverride(Object v, String pointer, Locations where, List<Problem> problems) {
        if (!expect(v, "object", pointer, where, problems)) {
            return;
        }
        Map<?, ?> entry = (Map<?, ?>) v;
        if (!entry.containsKey("files")) {
            problems.add(at(where.value(pointer), "'" + display(pointer) + "': \"files\" is missing; an override"
                    + " names the files it applies to, e.g. \"files\": [\"ivr/**\"]"));
        }
        for (Map.Entry<?, ?> e : entry.entrySet()) {
            String key = (String) e.getKey();
            String p = pointer + "/" + escape(key);
            switch (key) {
                case "files" -> {
                    if (strings(e.getValue(), p, where, problems) && ((List<?>) e.getValue()).isEmpty()) {
                        problems.add(at(where.value(p), "'" + display(p) + "': must name at least one glob"));
                    }
                }
                case "excludedFiles" -> strings(e.getValue(), p, where, problems);
                case "rules" -> expect(e.getValue(), "object", p, where, problems);
                case "documentKind" -> oneOf(e.getValue(), KINDS, p, where, problems);
                default -> problems.add(at(where.key(p), "unknown key '" + excerpt(key) + "' in an override"
                        + Names.suggestion(key, OVERRIDE_KEYS) + "; expected one of " + String.join(", ", OVERRIDE_KEYS)));
            }
        }
    }

    /** A value of a JSON type; if not, the problem says what was found. */
    private static boolean expect(Object v, String type, String pointer, Locations where, List<Problem> problems) {
        String found = type(v);
        if (found.equals(type)) {
            return true;
        }
        problems.add(at(where.value(pointer), "'" + excerpt(display(pointer)) + "': " + found + " found, " + type + " expected"));
        return false;
    }

    private static void nonEmptyString(Object v, String pointer, Locations where, List<Problem> problems) {
        if (expect(v, "string", pointer, where, problems) && ((String) v).isEmpty()) {
            problems.add(at(where.value(pointer), "'" + excerpt(display(pointer)) + "': must be at least 1 characters long"));
        }
    }

    private static void oneOf(Object v, List<String> allowed, String pointer, Locations where, List<Problem> problems) {
        if (expect(v, "string", pointer, where, problems) && !allowed.contains(v)) {
            problems.add(at(where.value(pointer), "'" + excerpt(display(pointer)) + "': '" + excerpt((String) v) + "' is not allowed; expected one of "
                    + String.join(", ", allowed) + Names.suggestion((String) v, allowed)));
        }
    }

    /** The JSON type of a parsed value, as JSON Schema names it. */
    private static String type(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof Boolean) {
            return "boolean";
        } else if (v instanceof Map) {
            return "object";
        } else if (v instanceof List) {
            return "array";
        } else if (v instanceof Double) {
            return "number";
        }
        return "integer";
    }

    /** Rule entries: known id, a level or {level, options}; messages more precise than the schema's oneOf. */
    private void checkRules(Map<?, ?> tree, Locations where, List<Problem> problems) {
        checkRules(tree, "", where, problems);
        for (Map.Entry<Map<?, ?>, String> o : overrides(tree).entrySet()) {
            checkRules(o.getKey(), o.getValue(), where, problems);
        }
    }

    /** The well-formed entries of {@code overrides} and their pointers. */
    private static Map<Map<?, ?>, String> overrides(Map<?, ?> tree) {
        Map<Map<?, ?>, String> out = new java.util.IdentityHashMap<>();
        if (tree.get("overrides") instanceof List) {
            List<?> list = (List<?>) tree.get("overrides");
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map) {
                    out.put((Map<?, ?>) list.get(i), "/overrides/" + i);
                }
            }
        }
        return out;
    }

    /** The {@code rules} of the root or of an override ({@code at}: its pointer). */
    private void checkRules(Map<?, ?> holder, String at, Locations where, List<Problem> problems) {
        if (!(holder.get("rules") instanceof Map)) {
            return;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) holder.get("rules")).entrySet()) {
            String id = (String) e.getKey();
            String pointer = at + "/rules/" + escape(id);
            if (!rules.contains(id)) {
                problems.add(at(where.key(pointer), "unknown rule id '" + excerpt(id) + "'" + Names.suggestion(id, rules.ids())));
                continue;
            }
            Object v = e.getValue();
            if (v instanceof String) {
                checkLevel((String) v, id, where.value(pointer), problems);
            } else if (v instanceof Map) {
                for (Map.Entry<?, ?> k : ((Map<?, ?>) v).entrySet()) {
                    String name = (String) k.getKey();
                    String p = pointer + "/" + escape(name);
                    if (name.equals("level")) {
                        if (k.getValue() instanceof String) {
                            checkLevel((String) k.getValue(), id, where.value(p), problems);
                        } else {
                            problems.add(at(where.value(p), "the level of '" + id + "' must be a string: "
                                    + String.join(", ", LEVELS)));
                        }
                    } else if (name.equals("options")) {
                        if (!(k.getValue() instanceof Map)) {
                            problems.add(at(where.value(p), "the options of '" + id + "' must be an object"));
                        } else {
                            checkOptions(id, (Map<?, ?>) k.getValue(), p, where, problems);
                        }
                    } else {
                        problems.add(at(where.key(p), "unknown key '" + excerpt(name) + "' in the settings of '" + id + "'"
                                + Names.suggestion(name, List.of("level", "options"))
                                + "; expected \"level\" and \"options\""));
                    }
                }
            } else {
                problems.add(at(where.value(pointer), "the setting of '" + id + "' must be a level ("
                        + String.join(", ", LEVELS) + ") or an object {\"level\": ..., \"options\": {...}}, found "
                        + kind(v)));
            }
        }
    }

    /** Each option must be one the rule declares, with the declared type. */
    private void checkOptions(String id, Map<?, ?> options, String pointer, Locations where, List<Problem> problems) {
        List<RuleMeta.Option> declared = rules.meta(id).options();
        List<String> names = new ArrayList<>();
        declared.forEach(o -> names.add(o.name()));
        for (Map.Entry<?, ?> o : options.entrySet()) {
            String key = (String) o.getKey();
            String p = pointer + "/" + escape(key);
            RuleMeta.Option option = declared.stream().filter(d -> d.name().equals(key)).findFirst().orElse(null);
            if (option == null) {
                problems.add(at(where.key(p), "unknown option '" + excerpt(key) + "' for '" + id + "'"
                        + Names.suggestion(key, names)
                        + (names.isEmpty() ? "; it takes no options" : "; its options: " + String.join(", ", names))));
                continue;
            }
            Object v = o.getValue();
            boolean ok = true;
            if (option.type() == RuleMeta.Option.Type.STRING_LIST) {
                ok = v instanceof List && ((List<?>) v).stream().allMatch(item -> item instanceof String);
            }
            if (!ok) {
                problems.add(at(where.value(p), "the option '" + key + "' of '" + id
                        + "' must be a list of strings, found " + kind(v)));
            }
        }
    }

    /** Globs compile here, so a bad one is a located configuration problem, not a crash later. */
    private static void checkGlobs(Map<?, ?> tree, Locations where, List<Problem> problems) {
        int count = globList(tree, "", "include", where, problems) + globList(tree, "", "exclude", where, problems);
        for (Map.Entry<Map<?, ?>, String> o : overrides(tree).entrySet()) {
            count += globList(o.getKey(), o.getValue(), "files", where, problems)
                    + globList(o.getKey(), o.getValue(), "excludedFiles", where, problems);
        }
        if (tree.get("documentKinds") instanceof Map) {
            for (Object g : ((Map<?, ?>) tree.get("documentKinds")).keySet()) {
                count++;
                checkGlob((String) g, where.key("/documentKinds/" + escape((String) g)), problems);
            }
        }
        if (count > MAX_GLOBS) {
            problems.add(at(where.value(""), count + " globs; at most " + MAX_GLOBS + " are allowed"));
        }
    }

    /** Checks the globs of one list ({@code at}: the pointer of its holder); returns how many there are. */
    private static int globList(Map<?, ?> holder, String at, String list, Locations where, List<Problem> problems) {
        if (!(holder.get(list) instanceof List)) {
            return 0;
        }
        List<?> a = (List<?>) holder.get(list);
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof String) {
                count++;
                checkGlob((String) a.get(i), where.value(at + "/" + list + "/" + i), problems);
            }
        }
        return count;
    }

    private static void checkGlob(String glob, JsonLocation l, List<Problem> problems) {
        try {
            new Glob(glob);
        } catch (IllegalArgumentException e) {
            problems.add(at(l, "bad glob '" + excerpt(glob) + "': " + e.getMessage()));
        }
    }

    /** A value quoted in a message: short, control characters escaped. */
    static String excerpt(String s) {
        String cut = s.length() > EXCERPT ? s.substring(0, EXCERPT) + "\u2026" : s;
        return io.github.twimllint.core.report.Printable.escape(cut);
    }

    private static void checkLevel(String level, String id, JsonLocation l, List<Problem> problems) {
        if (!Severity.isLevel(level)) {
            problems.add(at(l, "unknown level '" + excerpt(level) + "' for '" + id + "'" + Names.suggestion(level, LEVELS)
                    + "; expected " + String.join(", ", LEVELS)));
        }
    }

    private static Problem at(JsonLocation l, String message) {
        return new Problem(l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(), message);
    }

    private static String kind(Object v) {
        String t = type(v);
        return t.equals("integer") || t.equals("number") ? "a number" : t.equals("array") ? "an array"
                : t.equals("null") ? "null" : "a " + t;
    }

    /** {@code /documentKinds/a~1b} -> {@code documentKinds.a/b} for messages. */
    private static String display(String pointer) {
        StringBuilder b = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(part.replace("~1", "/").replace("~0", "~"));
        }
        return b.toString();
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Reads JSON with the streaming parser into plain values (maps keeping key order, lists, strings,
     * numbers as databind's untyped reading gives them, booleans, null) while remembering where each
     * key and value starts (by JSON pointer), so every problem can name its line and column.
     */
    static final class Locations {
        /** What {@link #read} returns for a file without any JSON value. */
        static final Object MISSING = new Object();

        private final Map<String, JsonLocation> keys = new HashMap<>();
        private final Map<String, JsonLocation> values = new HashMap<>();

        Object read(String text) throws IOException {
            try (JsonParser p = JSON.createParser(text)) {
                p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                if (p.nextToken() == null) {
                    return MISSING;
                }
                Object root = value(p, "");
                if (p.nextToken() != null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(p,
                            "more content after the configuration object", p.currentTokenLocation());
                }
                return root;
            }
        }

        /** The value at the parser's current token, and everything inside it. */
        private Object value(JsonParser p, String here) throws IOException {
            values.put(here, p.currentTokenLocation());
            switch (p.currentToken()) {
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        String at = here + "/" + escape(name);
                        keys.put(at, p.currentTokenLocation());
                        p.nextToken();
                        map.put(name, value(p, at));
                    }
                    return map;
                }
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(value(p, here + "/" + list.size()));
                    }
                    return list;
                }
                case VALUE_STRING:
                    return p.getText();
                case VALUE_NUMBER_INT:
                    return p.getNumberValue();
                case VALUE_NUMBER_FLOAT:
                    return p.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }

        JsonLocation key(String pointer) {
            JsonLocation l = keys.get(pointer);
            return l != null ? l : value(pointer);
        }

        JsonLocation value(String pointer) {
            for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
                JsonLocation l = values.get(p);
                if (l != null || p.isEmpty()) {
                    return l;
                }
            }
        }
    }
}
