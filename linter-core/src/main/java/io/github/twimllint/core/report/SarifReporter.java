package io.github.twimllint.core.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
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
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Version;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every enabled rule with its documentation, results
 * with source-root-relative URIs, exact regions, our own line-free fingerprint, suppressed findings
 * marked rather than dropped, and notifications for files that could not be read. Apart from the
 * invocation's times and command line, the same input gives the same bytes.
 */
public final class SarifReporter implements Reporter {
    static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");
    /** GitHub rejects a run with more results than this. */
    public static final int GITHUB_MAX_RESULTS = 25_000;
    /** GitHub keeps at most 20 tags per rule. */
    static final int MAX_TAGS = 20;
    static final int MAX_DESCRIPTION = 1024;
    static final String SRCROOT = "%SRCROOT%";
    /** Our own fingerprint key; GitHub ignores it and computes primaryLocationLineHash itself. */
    public static final String FINGERPRINT_KEY = "twimlLint/v1";

    private final int maxResults;

    public SarifReporter() {
        this(GITHUB_MAX_RESULTS);
    }

    /** With another result limit (tests). */
    public SarifReporter(int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be positive");
        }
        this.maxResults = maxResults;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        write(report, ReportContext.defaults(), out);
    }

    /**
     * Streams the results: each finding becomes a java-sarif {@code Result} when the writer reaches
     * it and is dropped once written, so a run with many findings (perhaps in a temporary file)
     * never holds them all. The bytes are those of {@link #log}'s objects written whole.
     */
    @Override
    public void write(LintReport report, ReportContext context, Writer out) throws IOException {
        SarifSelection selection = new SarifSelection(report, maxResults);
        SarifJson.write(frame(report, context, selection), results(report, context, selection), out);
        out.write("\n");
    }

    /** The log as java-sarif objects, every result included. */
    public SarifSchema210 log(LintReport report, ReportContext context) {
        SarifSelection selection = new SarifSelection(report, maxResults);
        SarifSchema210 log = frame(report, context, selection);
        List<Result> results = new ArrayList<>();
        results(report, context, selection).forEach(results::add);
        log.getRuns().get(0).withResults(results);
        return log;
    }

    /** Everything but the results: the tool and its rules, the invocation and its notifications. */
    private SarifSchema210 frame(LintReport report, ReportContext context, SarifSelection selection) {
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (RuleMeta m : report.rules()) {
            rules.add(rule(m));
        }

        List<Notification> notifications = new ArrayList<>();
        if (selection.dropped() > 0) {
            long total = selection.total();
            notifications.add(new Notification()
                    .withLevel(Notification.Level.WARNING)
                    .withMessage(new Message().withText(selection.dropped() + " of " + total
                            + " results were left out: GitHub code scanning accepts at most "
                            + maxResults + " results per run, so the most severe ones were kept.")));
        }
        boolean ok = true;
        for (FileResult f : report.files()) {
            if (f.readError() != null) {
                ok = false;
                notifications.add(fileNotification(f.path(), "Cannot read " + f.path() + ": " + f.readError(),
                        context));
            }
            if (f.internalError() != null) {
                ok = false;
                notifications.add(fileNotification(f.path(), "Internal error while linting " + f.path() + ": "
                        + f.internalError(), context));
            }
        }

        Invocation invocation = new Invocation()
                .withExecutionSuccessful(ok)
                .withCommandLine(context.commandLine())
                .withArguments(context.arguments().isEmpty() ? null : context.arguments())
                .withStartTimeUtc(Date.from(context.startTime()))
                .withEndTimeUtc(Date.from(context.endTime()))
                .withToolExecutionNotifications(notifications.isEmpty() ? null : notifications);
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName("twiml-lint")
                        .withVersion(Version.VERSION)
                        .withSemanticVersion(Version.VERSION)
                        .withInformationUri(Version.INFORMATION_URI)
                        .withRules(rules)))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
                        new ArtifactLocation().withUri(directoryUri(context.sourceRoot()))))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withInvocations(List.of(invocation));
        if (context.category() != null && !context.category().isBlank()) {
            run.withAutomationDetails(new RunAutomationDetails().withId(automationId(context.category())));
        }
        return new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /** The selected findings as results, each made when it is reached. */
    private static Iterable<Result> results(LintReport report, ReportContext context, SarifSelection selection) {
        Map<String, Integer> index = new HashMap<>();
        for (RuleMeta m : report.rules()) {
            index.put(m.id(), index.size());
        }
        return () -> new Iterator<>() {
            private final Iterator<Finding> kept = selection.iterator();
            private final Map<String, Integer> occurrences = new HashMap<>();
            private final Map<String, String> uris = new HashMap<>();
            private final Function<String, String> uriOf =
                    path -> uris.computeIfAbsent(path, p -> uri(context.rootRelative(p)));

            @Override
            public boolean hasNext() {
                return kept.hasNext();
            }

            @Override
            public Result next() {
                Finding f = kept.next();
                return result(f, index.get(f.ruleId()), uriOf, occurrences);
            }
        };
    }

    private static ReportingDescriptor rule(RuleMeta m) {
        String url = m.helpUri();
        Set<String> tags = new LinkedHashSet<>();
        for (String t : m.tags()) {
            if (tags.size() < MAX_TAGS) {
                tags.add(t);
            }
        }
        PropertyBag properties = new PropertyBag()
                .withTags(tags)
                .withAdditionalProperty("precision", "very-high")
                .withAdditionalProperty("problem.severity", problemSeverity(m.defaultSeverity()));
        if (!m.twilioCodes().isEmpty()) {
            properties.withAdditionalProperty("twilioCodes", m.twilioCodes());
        }
        return new ReportingDescriptor()
                .withId(m.id())
                .withName(pascalCase(m.id()))
                .withShortDescription(new MultiformatMessageString().withText(clip(m.summary())))
                .withFullDescription(new MultiformatMessageString().withText(clip(firstParagraph(m))))
                .withHelp(new MultiformatMessageString()
                        .withText(m.help() + "\n\nDocumentation: " + url)
                        .withMarkdown(helpMarkdown(m, url)))
                .withHelpUri(URI.create(url))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(m.defaultSeverity())))
                .withProperties(properties);
    }

    private static Result result(Finding f, Integer ruleIndex, Function<String, String> uriOf,
                                 Map<String, Integer> occurrences) {
        String uri = uriOf.apply(f.path());
        Result r = new Result()
                .withRuleId(f.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(level(f.severity()))
                .withMessage(new Message().withText(sentence(f.message())))
                .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(new ArtifactLocation().withUri(uri).withUriBaseId(SRCROOT))
                        .withRegion(region(f.line(), f.column(), f.endLine(), f.endColumn())))))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(FINGERPRINT_KEY, fingerprint(f, uri, occurrences)));
        if (!f.related().isEmpty()) {
            Set<Location> related = new LinkedHashSet<>();
            int id = 1;
            for (Finding.RelatedLocation l : f.related()) {
                related.add(new Location()
                        .withId(id++)
                        .withPhysicalLocation(new PhysicalLocation()
                                .withArtifactLocation(new ArtifactLocation()
                                        .withUri(uriOf.apply(l.path())).withUriBaseId(SRCROOT))
                                .withRegion(region(l.line(), l.column(), l.line(), l.column() + 1)))
                        .withMessage(l.message() == null || l.message().isBlank() ? null
                                : new Message().withText(l.message())));
            }
            r.withRelatedLocations(related);
        }
        if (f.fix() != null && f.suppression() == null) {
            r.withFixes(Set.of(fix(f, uri)));
        }
        if (f.suppression() != null) {
            String why = f.suppression().justification();
            r.withSuppressions(Set.of(new Suppression()
                    .withKind(f.suppression().kind() == Finding.Suppression.Kind.BASELINE
                            ? Suppression.Kind.EXTERNAL : Suppression.Kind.IN_SOURCE)
                    .withStatus(Suppression.Status.ACCEPTED)
                    .withJustification(why == null || why.isBlank() ? null : why)));
        }
        return r;
    }

    /** What --fix applies, as SARIF replacements: the same line and column rules, plus character offsets. */
    private static com.contrastsecurity.sarif.Fix fix(Finding f, String uri) {
        List<Replacement> replacements = new ArrayList<>();
        for (io.github.twimllint.core.Fix.Edit e : f.fix().edits()) {
            replacements.add(new Replacement()
                    .withDeletedRegion(region(e.line(), e.column(), e.endLine(), e.endColumn())
                            .withCharOffset(e.offset()).withCharLength(e.length()))
                    .withInsertedContent(e.replacement().isEmpty() ? null
                            : new ArtifactContent().withText(e.replacement())));
        }
        return new com.contrastsecurity.sarif.Fix()
                .withDescription(new Message().withText(sentence(f.message())))
                .withArtifactChanges(Set.of(new ArtifactChange()
                        .withArtifactLocation(new ArtifactLocation().withUri(uri).withUriBaseId(SRCROOT))
                        .withReplacements(replacements)));
    }

    /** A 1-based region whose end is never before its start (SARIF1007). */
    static Region region(int line, int column, int endLine, int endColumn) {
        int sl = Math.max(1, line);
        int sc = Math.max(1, column);
        int el = Math.max(sl, endLine);
        int ec = Math.max(1, endColumn);
        if (el == sl && ec <= sc) {
            ec = sc + 1;
        }
        return new Region().withStartLine(sl).withStartColumn(sc).withEndLine(el).withEndColumn(ec);
    }

    /**
     * Rule, file and node (element path plus attribute or text), and the how-many-th such finding
     * this is: no line or column, so the key survives lines moving.
     */
    static String fingerprint(Finding f, String uri, Map<String, Integer> occurrences) {
        String key = f.ruleId() + '\u0000' + uri + '\u0000' + (f.anchor() == null ? "" : f.anchor());
        int n = occurrences.merge(key, 1, Integer::sum);
        return sha256(key + '\u0000' + n).substring(0, 32);
    }

    /** One digest per thread, reset by each use: looking SHA-256 up among the providers cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String sha256(String s) {
        byte[] d = SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            hex[2 * i] = HEX[(d[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[d[i] & 0xf];
        }
        return new String(hex);
    }

    private static Notification fileNotification(String path, String text, ReportContext context) {
        return new Notification()
                .withLevel(Notification.Level.ERROR)
                .withMessage(new Message().withText(text))
                .withLocations(Set.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(new ArtifactLocation()
                                .withUri(uri(context.rootRelative(path))).withUriBaseId(SRCROOT)))));
    }

    /** {@code category/runId}; a category without a run id needs the trailing slash. */
    static String automationId(String category) {
        String c = category.trim();
        return c.contains("/") ? c : c + "/";
    }

    /** An absolute {@code file:} URI ending in {@code /} (SARIF1004 otherwise). */
    static String directoryUri(Path dir) {
        String u = dir.toAbsolutePath().normalize().toUri().toString();
        return u.endsWith("/") ? u : u + "/";
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

    static String problemSeverity(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "recommendation";
        }
    }

    /** {@code status-callback-event} -> {@code StatusCallbackEvent}. */
    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return b.toString();
    }

    /** GitHub shows only the first sentence of a message: make it one. */
    static String sentence(String message) {
        String m = message == null ? "" : message.trim();
        if (m.isEmpty()) {
            return "Problem found.";
        }
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        char last = m.charAt(m.length() - 1);
        return last == '.' || last == '!' || last == '?' ? m : m + ".";
    }

    /** The rule's page (or its own help) for GitHub's alert view, closed by a link to the page. */
    static String helpMarkdown(RuleMeta m, String url) {
        StringBuilder b = new StringBuilder(m.helpMarkdown());
        b.append("\n\n[Documentation of `").append(m.id()).append("`](").append(url).append(")");
        if (!m.twilioCodes().isEmpty()) {
            b.append(" \u00b7 Twilio error ").append(String.join(", ", m.twilioCodes()));
        }
        return b.toString();
    }

    private static String firstParagraph(RuleMeta m) {
        String help = m.help();
        int end = help.indexOf("\n\n");
        String p = (end < 0 ? help : help.substring(0, end)).trim();
        return p.isEmpty() ? m.summary() : p;
    }

    static String clip(String s) {
        if (s.length() <= MAX_DESCRIPTION) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return s.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1) + "\u2026";
    }

    /**
     * A relative path as a URI reference: {@code /} separators, UTF-8 percent-encoding of everything
     * but unreserved characters and path sub-delimiters (so {@code %} itself becomes {@code %25}), and
     * a leading {@code ./} when the first segment has a colon, which would otherwise read as a scheme.
     */
    static String uri(String path) {
        String p = io.github.twimllint.core.FileCollector.slashes(path);
        StringBuilder b = new StringBuilder(p.length() + 8);
        int slash = p.indexOf('/');
        int colon = p.indexOf(':');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            b.append("./");
        }
        for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
