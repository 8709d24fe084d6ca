package io.github.twimllint.maven;

import io.github.twimllint.core.run.ReportWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * Merges the per-module SARIF files of one build into a single run, because GitHub code scanning
 * accepts only one run per tool and category in an upload. Module files already carry paths
 * relative to the top of the build, so merging is concatenation: rules are united by id (and
 * {@code ruleIndex} recomputed), results sorted as the core sorts findings, and the run counts as
 * successful only when every module's did.
 */
final class SarifAggregate {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Module SARIF files written so far, per build (the key is the build's Maven execution request). */
    private static final Map<Object, Set<Path>> MODULES = new WeakHashMap<>();

    private SarifAggregate() {
    }

    /**
     * Records a module's SARIF file and rewrites the aggregate from every module recorded so far
     * in this build. Modules may finish in any order under {@code -T}; the last one to finish
     * writes the complete file.
     */
    static synchronized int addAndWrite(Object build, Path moduleSarif, Path aggregate) throws IOException {
        Set<Path> files = MODULES.computeIfAbsent(build, k -> new LinkedHashSet<>());
        files.add(moduleSarif.toAbsolutePath().normalize());
        JsonNode merged = merge(new ArrayList<>(files));
        Files.createDirectories(aggregate.toAbsolutePath().getParent());
        ReportWriter.write(aggregate, w -> {
            MAPPER.writeValue(new java.io.FilterWriter(w) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }, merged);
            w.write("\n");
        });
        return files.size();
    }

    static JsonNode merge(List<Path> files) throws IOException {
        ObjectNode log = null;
        ObjectNode run = null;
        Map<String, JsonNode> rules = new TreeMap<>();
        List<ObjectNode> results = new ArrayList<>();
        boolean ok = true;
        ArrayNode notifications = MAPPER.createArrayNode();
        for (Path f : files) {
            JsonNode one = MAPPER.readTree(f.toFile());
            JsonNode r = one.path("runs").path(0);
            if (!r.isObject()) {
                throw new IOException(f + ": not a SARIF log with a run");
            }
            if (log == null) {
                log = (ObjectNode) one.deepCopy();
                run = (ObjectNode) log.path("runs").path(0);
            }
            for (JsonNode rule : r.path("tool").path("driver").path("rules")) {
                rules.putIfAbsent(rule.path("id").asText(), rule);
            }
            for (JsonNode res : r.path("results")) {
                results.add((ObjectNode) res.deepCopy());
            }
            for (JsonNode inv : r.path("invocations")) {
                ok &= inv.path("executionSuccessful").asBoolean(true);
                inv.path("toolExecutionNotifications").forEach(n -> notifications.add(n.deepCopy()));
            }
        }
        if (log == null) {
            throw new IOException("no SARIF file to merge");
        }
        ArrayNode ruleArray = MAPPER.createArrayNode();
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : rules.entrySet()) {
            index.put(e.getKey(), ruleArray.size());
            ruleArray.add(e.getValue());
        }
        ((ObjectNode) run.path("tool").path("driver")).set("rules", ruleArray);
        results.sort(Comparator.comparing((ObjectNode r) -> location(r).path("artifactLocation").path("uri").asText())
                .thenComparingInt(r -> location(r).path("region").path("startLine").asInt())
                .thenComparingInt(r -> location(r).path("region").path("startColumn").asInt())
                .thenComparing(r -> r.path("ruleId").asText())
                .thenComparing(r -> r.path("message").path("text").asText()));
        ArrayNode resultArray = MAPPER.createArrayNode();
        for (ObjectNode r : results) {
            Integer i = index.get(r.path("ruleId").asText());
            if (i == null) {
                r.remove("ruleIndex");
            } else {
                r.put("ruleIndex", i);
            }
            resultArray.add(r);
        }
        run.set("results", resultArray);
        // The first module's invocation stands for the build; every module's notifications are kept.
        ObjectNode invocation = run.path("invocations").path(0).isObject()
                ? (ObjectNode) run.path("invocations").path(0) : MAPPER.createObjectNode();
        invocation.put("executionSuccessful", ok);
        if (notifications.isEmpty()) {
            invocation.remove("toolExecutionNotifications");
        } else {
            invocation.set("toolExecutionNotifications", notifications);
        }
        ArrayNode invocations = MAPPER.createArrayNode();
        invocations.add(invocation);
        run.set("invocations", invocations);
        return log;
    }

    private static JsonNode location(ObjectNode result) {
        return result.path("locations").path(0).path("physicalLocation");
    }
}
