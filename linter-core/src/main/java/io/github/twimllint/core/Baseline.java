package io.github.twimllint.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Findings accepted on the day a team adopted the linter, counted per file and rule (never by
 * line: lines move). A run with a baseline reports only the findings beyond those counts.
 *
 * <p>When a file has more findings of a rule than recorded, the first ones in report order (by
 * line and column) are taken as the known ones and the rest as new. That is deterministic, but it
 * cannot tell which one is really new: a new finding above old ones makes the last old one appear.
 */
public final class Baseline {
    /** The baseline file format version. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** path -> rule id -> count, both sorted so the file diffs well. */
    private final Map<String, Map<String, Integer>> counts;

    private Baseline(Map<String, Map<String, Integer>> counts) {
        this.counts = counts;
    }

    /** A baseline file that cannot be used, with a message saying why. */
    public static final class BadBaselineException extends IOException {
        public BadBaselineException(String message) {
            super(message);
        }
    }

    /** The counts of the findings that count in a report, keyed by {@code key(path)}. */
    public static Baseline of(LintReport report, Function<String, String> key) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Finding f : report.findings()) {
            counts.computeIfAbsent(key.apply(f.path()), k -> new TreeMap<>()).merge(f.ruleId(), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    public static Baseline read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            int[] at = JsonProblems.where(e);
            throw new BadBaselineException("not valid JSON (" + JsonProblems.describe(e)
                    + (at == null ? "" : " at line " + at[0] + ", column " + at[1]) + ")");
        }
        if (root == null || !root.isObject() || !root.path("files").isObject()) {
            throw new BadBaselineException("not a twiml-lint baseline (expected {\"version\": 1, \"files\": {...}})");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new BadBaselineException("unsupported baseline version " + shown(root.path("version").toString())
                    + " (expected " + VERSION + ")");
        }
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> files = root.get("files").fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            if (!file.getValue().isObject()) {
                throw new BadBaselineException("entry '" + shown(file.getKey()) + "' is not an object of rule counts");
            }
            Map<String, Integer> rules = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = file.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> rule = it.next();
                if (!rule.getValue().canConvertToInt() || rule.getValue().asInt() < 0 || !rule.getValue().isIntegralNumber()) {
                    throw new BadBaselineException("count of '" + shown(rule.getKey()) + "' in '" + shown(file.getKey())
                            + "' is not a non-negative integer");
                }
                rules.put(rule.getKey(), rule.getValue().asInt());
            }
            counts.put(file.getKey(), rules);
        }
        return new Baseline(counts);
    }

    /** A key quoted in a message: short, control characters escaped. */
    private static String shown(String key) {
        String cut = key.length() > 80 ? key.substring(0, 80) + "\u2026" : key;
        return io.github.twimllint.core.report.Printable.escape(cut);
    }

    public void write(Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode files = root.putObject("files");
        for (Map.Entry<String, Map<String, Integer>> file : counts.entrySet()) {
            ObjectNode rules = files.putObject(file.getKey());
            file.getValue().forEach(rules::put);
        }
        out.write(JSON.writeValueAsString(root));
        out.write("\n");
    }

    /** The recorded count for a file (keyed as written) and rule; 0 when absent. */
    public int count(String fileKey, String ruleId) {
        return counts.getOrDefault(fileKey, Map.of()).getOrDefault(ruleId, 0);
    }

    /** Number of (file, rule) entries. */
    public int size() {
        int n = 0;
        for (Map<String, Integer> m : counts.values()) {
            n += m.size();
        }
        return n;
    }

    /**
     * What applying a baseline gave: the report with baselined findings marked suppressed (kind
     * BASELINE) and the number of entries whose findings are (partly) gone, so could be lowered.
     */
    public record Applied(LintReport report, int stale) {
    }

    public Applied apply(LintReport report, Function<String, String> key, String justification) {
        Finding.Suppression by = new Finding.Suppression(Finding.Suppression.Kind.BASELINE, justification);
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        List<FileResult> files = new ArrayList<>(report.files().size());
        for (FileResult file : report.files()) {
            if (file.findings().isEmpty()) {
                files.add(file);
                continue;
            }
            String k = key.apply(file.path());
            Map<String, Integer> allowed = counts.getOrDefault(k, Map.of());
            Map<String, Integer> used = seen.computeIfAbsent(k, x -> new HashMap<>());
            Findings.Builder out = Findings.builder();
            // FileResult findings are in report order, so "the first N" is deterministic.
            for (Finding f : file.findings()) {
                if (!f.isSuppressed()) {
                    int n = used.merge(f.ruleId(), 1, Integer::sum);
                    if (n <= allowed.getOrDefault(f.ruleId(), 0)) {
                        f = f.suppressed(by);
                    }
                }
                out.add(f);
            }
            files.add(new FileResult(file.path(), out.build(), file.skipped(), file.readError(),
                    file.internalError(), file.facts()));
        }
        int stale = 0;
        for (Map.Entry<String, Map<String, Integer>> file : counts.entrySet()) {
            Map<String, Integer> used = seen.getOrDefault(file.getKey(), Map.of());
            for (Map.Entry<String, Integer> rule : file.getValue().entrySet()) {
                if (used.getOrDefault(rule.getKey(), 0) < rule.getValue()) {
                    stale++;
                }
            }
        }
        return new Applied(report.withFiles(files), stale);
    }
}
