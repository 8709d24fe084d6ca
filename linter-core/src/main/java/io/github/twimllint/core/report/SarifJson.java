package io.github.twimllint.core.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Fix;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the java-sarif objects {@link SarifReporter} builds with jackson-core's streaming generator.
 * jackson-databind would serialise the same objects through reflection and annotation introspection
 * of every model class, which costs more than a small run itself; this walks exactly the properties
 * the reporter sets. The output equals databind's with the reporter's former settings byte for byte
 * (property order as the model's {@code @JsonPropertyOrder}, values equal to the model's defaults left
 * out as its {@code NON_DEFAULT} inclusion does, levels always written, property-bag and fingerprint
 * keys sorted, times in ISO 8601 UTC); {@code SarifJsonTest} holds it to that.
 */
final class SarifJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final JsonGenerator g;
    private final Iterable<Result> results;

    private SarifJson(JsonGenerator g, Iterable<Result> results) {
        this.g = g;
        this.results = results;
    }

    /**
     * Writes the log, indented; a run without results of its own gets these, each written as it
     * comes, so the caller can make them one at a time. The writer stays open (the caller owns it).
     */
    static void write(SarifSchema210 log, Iterable<Result> results, Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        new SarifJson(g, results).log(log);
        g.flush();
    }

    private void log(SarifSchema210 log) throws IOException {
        g.writeStartObject();
        string("$schema", log.get$schema() == null ? null : log.get$schema().toString());
        string("version", log.getVersion() == null ? null : log.getVersion().value());
        if (log.getRuns() != null) {
            g.writeArrayFieldStart("runs");
            for (Run r : log.getRuns()) {
                run(r);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void run(Run run) throws IOException {
        g.writeStartObject();
        if (run.getTool() != null) {
            g.writeObjectFieldStart("tool");
            if (run.getTool().getDriver() != null) {
                g.writeFieldName("driver");
                driver(run.getTool().getDriver());
            }
            g.writeEndObject();
        }
        if (run.getInvocations() != null) {
            g.writeArrayFieldStart("invocations");
            for (Invocation i : run.getInvocations()) {
                invocation(i);
            }
            g.writeEndArray();
        }
        if (run.getOriginalUriBaseIds() != null) {
            g.writeObjectFieldStart("originalUriBaseIds");
            for (Map.Entry<String, ArtifactLocation> e
                    : new TreeMap<>(run.getOriginalUriBaseIds().getAdditionalProperties()).entrySet()) {
                g.writeFieldName(e.getKey());
                artifactLocation(e.getValue());
            }
            g.writeEndObject();
        }
        Iterable<Result> list = run.getResults() != null ? run.getResults() : results;
        if (list != null) {
            g.writeArrayFieldStart("results");
            for (Result r : list) {
                result(r);
            }
            g.writeEndArray();
        }
        RunAutomationDetails details = run.getAutomationDetails();
        if (details != null) {
            g.writeObjectFieldStart("automationDetails");
            string("id", details.getId());
            g.writeEndObject();
        }
        string("columnKind", run.getColumnKind() == null ? null : run.getColumnKind().value());
        g.writeEndObject();
    }

    private void driver(ToolComponent d) throws IOException {
        g.writeStartObject();
        string("name", d.getName());
        string("version", d.getVersion());
        string("semanticVersion", d.getSemanticVersion());
        string("informationUri", d.getInformationUri() == null ? null : d.getInformationUri().toString());
        if (d.getRules() != null) {
            g.writeArrayFieldStart("rules");
            for (ReportingDescriptor r : d.getRules()) {
                rule(r);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void rule(ReportingDescriptor r) throws IOException {
        g.writeStartObject();
        string("id", r.getId());
        string("name", r.getName());
        multiformat("shortDescription", r.getShortDescription());
        multiformat("fullDescription", r.getFullDescription());
        ReportingConfiguration c = r.getDefaultConfiguration();
        if (c != null) {
            g.writeObjectFieldStart("defaultConfiguration");
            // WARNING is the model's default level, so NON_DEFAULT leaves it out.
            if (c.getLevel() != null && c.getLevel() != ReportingConfiguration.Level.WARNING) {
                g.writeStringField("level", c.getLevel().value());
            }
            g.writeEndObject();
        }
        string("helpUri", r.getHelpUri() == null ? null : r.getHelpUri().toString());
        multiformat("help", r.getHelp());
        properties(r.getProperties());
        g.writeEndObject();
    }

    private void properties(PropertyBag p) throws IOException {
        if (p == null) {
            return;
        }
        g.writeObjectFieldStart("properties");
        if (p.getTags() != null) {
            g.writeFieldName("tags");
            value(p.getTags());
        }
        for (Map.Entry<String, Object> e : new TreeMap<>(p.getAdditionalProperties()).entrySet()) {
            g.writeFieldName(e.getKey());
            value(e.getValue());
        }
        g.writeEndObject();
    }

    private void invocation(Invocation i) throws IOException {
        g.writeStartObject();
        string("commandLine", i.getCommandLine());
        if (i.getArguments() != null) {
            g.writeFieldName("arguments");
            value(i.getArguments());
        }
        string("startTimeUtc", time(i.getStartTimeUtc()));
        string("endTimeUtc", time(i.getEndTimeUtc()));
        if (i.getToolExecutionNotifications() != null) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (Notification n : i.getToolExecutionNotifications()) {
                notification(n);
            }
            g.writeEndArray();
        }
        if (i.getExecutionSuccessful() != null) {
            g.writeBooleanField("executionSuccessful", i.getExecutionSuccessful());
        }
        g.writeEndObject();
    }

    private void notification(Notification n) throws IOException {
        g.writeStartObject();
        if (n.getLocations() != null) {
            g.writeArrayFieldStart("locations");
            for (Location l : n.getLocations()) {
                location(l);
            }
            g.writeEndArray();
        }
        message("message", n.getMessage());
        string("level", n.getLevel() == null ? null : n.getLevel().value());
        g.writeEndObject();
    }

    private void result(Result r) throws IOException {
        g.writeStartObject();
        string("ruleId", r.getRuleId());
        nonDefault("ruleIndex", r.getRuleIndex());
        string("level", r.getLevel() == null ? null : r.getLevel().value());
        message("message", r.getMessage());
        if (r.getLocations() != null) {
            g.writeArrayFieldStart("locations");
            for (Location l : r.getLocations()) {
                location(l);
            }
            g.writeEndArray();
        }
        if (r.getPartialFingerprints() != null) {
            g.writeObjectFieldStart("partialFingerprints");
            for (Map.Entry<String, String> e
                    : new TreeMap<>(r.getPartialFingerprints().getAdditionalProperties()).entrySet()) {
                string(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (r.getRelatedLocations() != null) {
            g.writeArrayFieldStart("relatedLocations");
            for (Location l : r.getRelatedLocations()) {
                location(l);
            }
            g.writeEndArray();
        }
        if (r.getSuppressions() != null) {
            g.writeArrayFieldStart("suppressions");
            for (Suppression s : r.getSuppressions()) {
                g.writeStartObject();
                string("kind", s.getKind() == null ? null : s.getKind().value());
                string("status", s.getStatus() == null ? null : s.getStatus().value());
                string("justification", s.getJustification());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (r.getFixes() != null) {
            g.writeArrayFieldStart("fixes");
            for (Fix f : r.getFixes()) {
                fix(f);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void fix(Fix f) throws IOException {
        g.writeStartObject();
        message("description", f.getDescription());
        g.writeArrayFieldStart("artifactChanges");
        for (ArtifactChange c : f.getArtifactChanges()) {
            g.writeStartObject();
            g.writeFieldName("artifactLocation");
            artifactLocation(c.getArtifactLocation());
            g.writeArrayFieldStart("replacements");
            for (Replacement rep : c.getReplacements()) {
                g.writeStartObject();
                region("deletedRegion", rep.getDeletedRegion());
                if (rep.getInsertedContent() != null) {
                    g.writeObjectFieldStart("insertedContent");
                    string("text", rep.getInsertedContent().getText());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void location(Location l) throws IOException {
        g.writeStartObject();
        nonDefault("id", l.getId());
        PhysicalLocation p = l.getPhysicalLocation();
        if (p != null) {
            g.writeObjectFieldStart("physicalLocation");
            if (p.getArtifactLocation() != null) {
                g.writeFieldName("artifactLocation");
                artifactLocation(p.getArtifactLocation());
            }
            region("region", p.getRegion());
            g.writeEndObject();
        }
        message("message", l.getMessage());
        g.writeEndObject();
    }

    private void region(String name, Region r) throws IOException {
        if (r != null) {
            g.writeObjectFieldStart(name);
            integer("startLine", r.getStartLine());
            integer("startColumn", r.getStartColumn());
            integer("endLine", r.getEndLine());
            integer("endColumn", r.getEndColumn());
            nonDefault("charOffset", r.getCharOffset());
            integer("charLength", r.getCharLength());
            g.writeEndObject();
        }
    }

    private void artifactLocation(ArtifactLocation a) throws IOException {
        g.writeStartObject();
        string("uri", a.getUri());
        string("uriBaseId", a.getUriBaseId());
        g.writeEndObject();
    }

    private void message(String name, Message m) throws IOException {
        if (m != null) {
            g.writeObjectFieldStart(name);
            string("text", m.getText());
            g.writeEndObject();
        }
    }

    private void multiformat(String name, MultiformatMessageString m) throws IOException {
        if (m != null) {
            g.writeObjectFieldStart(name);
            string("text", m.getText());
            string("markdown", m.getMarkdown());
            g.writeEndObject();
        }
    }

    /** Plain values of property bags: strings, numbers, booleans, collections and maps of them. */
    private void value(Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String) {
            g.writeString((String) v);
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof Collection) {
            g.writeStartArray();
            for (Object x : (Collection<?>) v) {
                value(x);
            }
            g.writeEndArray();
        } else if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : new TreeMap<>((Map<?, ?>) v).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }

    private void string(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void integer(String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value);
        }
    }

    /**
     * An index whose model default is -1 ("none"): left out when it is -1, as databind's NON_DEFAULT
     * does; an explicit null differs from the default, so databind writes it, and so do we.
     */
    private void nonDefault(String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else if (value != -1) {
            g.writeNumberField(name, value);
        }
    }

    private static String time(Date d) {
        return d == null ? null : ISO.format(d.toInstant());
    }
}
