package io.github.twimllint.core.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Version;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** SARIF 2.1.0, one run, paths relative to the source root. */
public final class SarifReporter implements Reporter {
    static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        List<RuleMeta> metas = report.rules();
        Map<String, Integer> index = new HashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (RuleMeta m : metas) {
            index.put(m.id(), index.size());
            rules.add(new ReportingDescriptor()
                    .withId(m.id())
                    .withName(m.id())
                    .withShortDescription(new MultiformatMessageString().withText(m.summary()))
                    .withFullDescription(new MultiformatMessageString().withText(m.help()))
                    .withHelp(new MultiformatMessageString().withText(m.help()))
                    .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(m.defaultSeverity())))
                    .withProperties(new PropertyBag().withTags(new LinkedHashSet<>(m.tags()))));
        }
        List<Result> results = new ArrayList<>();
        for (Finding f : report.findings()) {
            Result r = new Result()
                    .withRuleId(f.ruleId())
                    .withLevel(level(f.severity()))
                    .withMessage(new Message().withText(f.message()))
                    .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                            .withArtifactLocation(new ArtifactLocation().withUri(uri(f.path())).withUriBaseId("%SRCROOT%"))
                            .withRegion(new Region()
                                    .withStartLine(f.line())
                                    .withStartColumn(f.column())
                                    .withEndLine(f.endLine())
                                    .withEndColumn(f.endColumn())))));
            Integer i = index.get(f.ruleId());
            if (i != null) {
                r.withRuleIndex(i);
            }
            results.add(r);
        }
        boolean ok = true;
        for (FileResult f : report.files()) {
            if (f.internalError() != null) {
                ok = false;
            }
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName("twiml-lint")
                        .withVersion(Version.VERSION)
                        .withSemanticVersion(Version.VERSION)
                        .withInformationUri(Version.INFORMATION_URI)
                        .withRules(rules)))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(ok)))
                .withResults(results);
        SarifSchema210 log = new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(new NonClosingWriter(out), log);
        out.write("\n");
    }

    static Result.Level level(Severity s) {
        switch (s) {
            case ERROR: return Result.Level.ERROR;
            case WARNING: return Result.Level.WARNING;
            default: return Result.Level.NOTE;
        }
    }

    static ReportingConfiguration.Level configLevel(Severity s) {
        switch (s) {
            case ERROR: return ReportingConfiguration.Level.ERROR;
            case WARNING: return ReportingConfiguration.Level.WARNING;
            default: return ReportingConfiguration.Level.NOTE;
        }
    }

    /** A relative path with {@code /} separators, percent-encoded as a URI reference. */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
