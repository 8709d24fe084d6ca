package io.github.twimllint.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.twimllint.core.Names;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.config.generated.TwimlLintConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .twiml-lint.json}. The raw JSON is checked against the schema the Java
 * model is generated from, then rule ids against the rules on the class path; the first problem
 * (in file order) stops the run with its line, column and, for a misspelt key or rule id, the
 * closest valid one.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".twiml-lint.json";
    public static final String SCHEMA_RESOURCE = "/schema/twiml-lint-config.schema.json";

    static {
        // The schema validator logs through SLF4J; without a binding SLF4J would print a warning
        // on every run. Users who bind SLF4J themselves keep their own setting.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** Created on first use: looking for a configuration file must not pay for Jackson databind. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    /** Loaded on first use, so a run without a configuration file never pays for the validator. */
    private static final class Schema {
        static final JsonNode NODE = readSchema();
        static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(NODE, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());
    }
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

    /** The nearest {@code .twiml-lint.json} in {@code start} or a folder above it. */
    public static Optional<Path> find(Path start) {
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
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
        JsonNode tree;
        try {
            tree = where.read(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new ConfigException(shown, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "not valid JSON: " + jsonMessage(e));
        } catch (IOException e) {
            throw new ConfigException(shown, 0, 0, "cannot read (" + io.github.twimllint.core.Messages.of(e) + ")");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ConfigException(shown, 1, 1, "empty file; expected a JSON object such as {\"rules\": {}}");
        }
        List<Problem> problems = new ArrayList<>();
        checkRules(tree, where, problems);
        checkGlobs(tree, where, problems);
        for (ValidationMessage m : Schema.VALIDATOR.validate(tree)) {
            String at = m.getInstanceLocation().toString();
            if (at.startsWith("/rules/")) {
                continue; // Rule entries get the specific messages of checkRules.
            }
            problems.add(problem(m, at, where));
        }
        if (!problems.isEmpty()) {
            Problem first = problems.stream()
                    .min(Comparator.comparingInt((Problem p) -> p.line).thenComparingInt(p -> p.column)).get();
            throw new ConfigException(shown, first.line, first.column, first.message);
        }
        TwimlLintConfig raw;
        try {
            raw = Json.MAPPER.treeToValue(tree, TwimlLintConfig.class);
        } catch (JsonProcessingException e) {
            // The schema check above should have caught it; keep the promise of a clear message anyway.
            throw new ConfigException(shown, 1, 1, "does not match the configuration schema: " + e.getOriginalMessage());
        }
        Map<String, Severity> levels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        if (raw.getRules() != null) {
            for (Map.Entry<String, Object> e : raw.getRules().getAdditionalProperties().entrySet()) {
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
        Path base = file.toAbsolutePath().normalize().getParent();
        return new Configuration(file, base, raw, levels, options);
    }

    /** What is wrong, in the user's terms (see {@link io.github.twimllint.core.JsonProblems}). */
    private static String jsonMessage(JsonProcessingException e) {
        return io.github.twimllint.core.JsonProblems.describe(e);
    }

    private record Problem(int line, int column, String message) {
    }

    /** Rule entries: known id, a level or {level, options}; messages more precise than the schema's oneOf. */
    private void checkRules(JsonNode tree, Locations where, List<Problem> problems) {
        JsonNode r = tree.get("rules");
        if (r == null || !r.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String pointer = "/rules/" + escape(id);
            if (!rules.contains(id)) {
                problems.add(at(where.key(pointer), "unknown rule id '" + excerpt(id) + "'" + Names.suggestion(id, rules.ids())));
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                checkLevel(v.asText(), id, where.value(pointer), problems);
            } else if (v.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> f = v.fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> k = f.next();
                    String p = pointer + "/" + escape(k.getKey());
                    if (k.getKey().equals("level")) {
                        if (k.getValue().isTextual()) {
                            checkLevel(k.getValue().asText(), id, where.value(p), problems);
                        } else {
                            problems.add(at(where.value(p), "the level of '" + id + "' must be a string: "
                                    + String.join(", ", LEVELS)));
                        }
                    } else if (k.getKey().equals("options")) {
                        if (!k.getValue().isObject()) {
                            problems.add(at(where.value(p), "the options of '" + id + "' must be an object"));
                        }
                    } else {
                        problems.add(at(where.key(p), "unknown key '" + excerpt(k.getKey()) + "' in the settings of '" + id + "'"
                                + Names.suggestion(k.getKey(), List.of("level", "options"))
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

    /** Globs compile here, so a bad one is a located configuration problem, not a crash later. */
    private static void checkGlobs(JsonNode tree, Locations where, List<Problem> problems) {
        int count = 0;
        for (String list : List.of("include", "exclude")) {
            JsonNode a = tree.get(list);
            if (a == null || !a.isArray()) {
                continue;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    count++;
                    checkGlob(a.get(i).asText(), where.value("/" + list + "/" + i), problems);
                }
            }
        }
        JsonNode kinds = tree.get("documentKinds");
        if (kinds != null && kinds.isObject()) {
            for (Iterator<String> it = kinds.fieldNames(); it.hasNext(); ) {
                String g = it.next();
                count++;
                checkGlob(g, where.key("/documentKinds/" + escape(g)), problems);
            }
        }
        if (count > MAX_GLOBS) {
            problems.add(at(where.value(""), count + " globs; at most " + MAX_GLOBS + " are allowed"));
        }
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

    private static Problem problem(ValidationMessage m, String at, Locations where) {
        String type = m.getType();
        if ("additionalProperties".equals(type) && m.getProperty() != null) {
            String key = m.getProperty();
            String pointer = at + "/" + escape(key);
            Collection<String> known = propertiesAt(at);
            return at(where.key(pointer), "unknown key '" + excerpt(key) + "'" + (at.isEmpty() ? "" : " in '" + excerpt(display(at)) + "'")
                    + Names.suggestion(key, known) + (known.isEmpty() ? "" : "; expected one of " + String.join(", ", known)));
        }
        JsonLocation l = where.value(at);
        String message = m.getError();
        if ("enum".equals(type)) {
            List<String> allowed = new ArrayList<>();
            if (m.getSchemaNode() != null && m.getSchemaNode().isArray()) {
                m.getSchemaNode().forEach(n -> allowed.add(n.asText()));
            }
            String found = m.getInstanceNode() == null ? "?" : m.getInstanceNode().asText();
            message = "'" + excerpt(found) + "' is not allowed; expected one of " + String.join(", ", allowed)
                    + Names.suggestion(found, allowed);
        } else if (message == null) {
            message = m.getMessage();
        } else if (message.contains(": ")) {
            // The validator prefixes some messages with the property; the key is named below already.
            message = message.substring(message.lastIndexOf(": ") + 2);
        }
        return at(l, (at.isEmpty() ? "" : "'" + excerpt(display(at)) + "': ") + message);
    }

    /** The keys the schema defines for the object at a pointer (only the top level has fixed keys). */
    private static Collection<String> propertiesAt(String pointer) {
        if (pointer.isEmpty()) {
            List<String> keys = new ArrayList<>();
            Schema.NODE.get("properties").fieldNames().forEachRemaining(keys::add);
            return keys;
        }
        return List.of();
    }

    private static Problem at(JsonLocation l, String message) {
        return new Problem(l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(), message);
    }

    private static String kind(JsonNode v) {
        return v.isNumber() ? "a number" : v.isBoolean() ? "a boolean" : v.isArray() ? "an array"
                : v.isNull() ? "null" : "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
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
     * Reads JSON into a tree while remembering where each key and value starts (by JSON pointer),
     * so every problem can name its line and column.
     */
    static final class Locations {
        private final Map<String, JsonLocation> keys = new HashMap<>();
        private final Map<String, JsonLocation> values = new HashMap<>();

        JsonNode read(String text) throws IOException {
            JsonFactory factory = Json.MAPPER.getFactory();
            try (JsonParser p = factory.createParser(text)) {
                p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                Deque<String> path = new ArrayDeque<>();
                Deque<Integer> index = new ArrayDeque<>();
                JsonToken t;
                String pending = "";
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.FIELD_NAME) {
                        pending = path.peek() + "/" + escape(p.currentName());
                        keys.put(pending, p.currentTokenLocation());
                        continue;
                    }
                    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        path.pop();
                        index.pop();
                        continue;
                    }
                    String here;
                    if (path.isEmpty()) {
                        here = "";
                    } else if (index.peek() >= 0) {
                        int i = index.pop();
                        index.push(i + 1);
                        here = path.peek() + "/" + i;
                    } else {
                        here = pending;
                    }
                    values.put(here, p.currentTokenLocation());
                    if (t == JsonToken.START_OBJECT) {
                        path.push(here);
                        index.push(-1);
                    } else if (t == JsonToken.START_ARRAY) {
                        path.push(here);
                        index.push(0);
                    }
                }
            }
            return Json.MAPPER.readTree(text);
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
