package io.github.twimllint.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's documentation page, {@code docs/rules/<rule-id>.md}, the one place a rule is described.
 * The build copies the pages onto the class path ({@link #RESOURCE_DIR}); {@code --explain}, SARIF
 * {@code help} and {@link RuleMeta#help()} are read from them. The page format: a {@code # id}
 * title, the one-line summary, a two-column table of facts (default level, Twilio codes,
 * constraints, fixable), then {@code ## } sections (Why, Bad, Fixed, Options, ...).
 */
public final class RuleDoc {
    /** Where the pages are on the class path. */
    public static final String RESOURCE_DIR = "io/github/twimllint/docs/rules/";

    private static final Pattern ROW = Pattern.compile("^\\|\\s*([^|]*?)\\s*\\|\\s*(.*?)\\s*\\|\\s*$");
    /** A line naming the file of the code block that follows it: {@code `whisper.xml`:}. */
    private static final Pattern FILE_NAME = Pattern.compile("^`([^`\\s]+)`:?$");
    /** A Markdown code span: {@code `x`}, or {@code `` ` ``} for a backtick. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    /** A Markdown link {@code [text](target)}. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Map<String, Optional<RuleDoc>> CACHE = new ConcurrentHashMap<>();

    private final String id;
    private final String summary;
    private final Map<String, String> facts;
    private final Map<String, String> sections;
    // Rendered once per process: a SARIF report asks for every rule's help, and the rendering
    // (regular expressions over the page) was a large share of a small run's CPU.
    private String text;
    private String markdown;

    private RuleDoc(String id, String summary, Map<String, String> facts, Map<String, String> sections) {
        this.id = id;
        this.summary = summary;
        this.facts = facts;
        this.sections = sections;
    }

    /** The page of a rule from the class path, read once; empty when the rule has none. */
    public static Optional<RuleDoc> find(String id) {
        return CACHE.computeIfAbsent(id, RuleDoc::load);
    }

    /** Where the page is published: the project's repository on GitHub. */
    public static String url(String id) {
        return RuleHelp.url(id);
    }

    private static Optional<RuleDoc> load(String id) {
        try (InputStream in = RuleDoc.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + id + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documentation of " + id, e);
        }
    }

    /** Parses a page; lenient, so a malformed page shows up in the catalogue test, not as a crash. */
    public static RuleDoc parse(String markdown) {
        List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
        String id = "";
        StringBuilder summary = new StringBuilder();
        Map<String, String> facts = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        String section = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (section == null && line.startsWith("# ")) {
                id = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                if (section != null) {
                    sections.put(section, body.toString().strip());
                }
                section = line.substring(3).strip();
                body.setLength(0);
            } else if (section != null) {
                body.append(line).append('\n');
            } else if (line.startsWith("|")) {
                Matcher m = ROW.matcher(line);
                if (m.matches() && !m.group(1).isEmpty() && !m.group(1).startsWith("-")) {
                    facts.put(m.group(1), m.group(2));
                }
            } else if (!line.isBlank() && facts.isEmpty()) {
                summary.append(summary.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (section != null) {
            sections.put(section, body.toString().strip());
        }
        return new RuleDoc(id, summary.toString(), Collections.unmodifiableMap(facts),
                Collections.unmodifiableMap(sections));
    }

    public String id() {
        return id;
    }

    /** The summary line as written (Markdown: element names in backticks). */
    public String summary() {
        return summary;
    }

    /** A row of the facts table ("Default level", "Twilio codes", "Constraints", "Fixable"), or "". */
    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }

    /** The sections in page order, heading to Markdown body. */
    public Map<String, String> sections() {
        return sections;
    }

    /** The sections as Markdown, for SARIF's Markdown help. */
    public String markdown() {
        String m = markdown;
        if (m == null) {
            m = renderMarkdown();
            markdown = m;
        }
        return m;
    }

    private String renderMarkdown() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> s : sections.entrySet()) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append("## ").append(s.getKey()).append("\n\n").append(s.getValue());
        }
        // Links between pages are relative to docs/rules/; outside the repository they need the full address.
        URI base = URI.create(url(id));
        return LINK.matcher(b.toString()).replaceAll(m -> Matcher.quoteReplacement(
                "[" + m.group(1) + "](" + base.resolve(m.group(2)) + ")"));
    }

    /**
     * The sections as plain text for a terminal and SARIF's text help: the Why prose first, then
     * each other section as {@code Heading:} with its code blocks indented.
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = renderText();
            text = t;
        }
        return t;
    }

    private String renderText() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> s : sections.entrySet()) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            if (!s.getKey().equals("Why")) {
                b.append(s.getKey()).append(":\n");
            }
            b.append(plain(s.getValue()));
        }
        return b.toString();
    }

    /** Code blocks indented, code spans unquoted, prose lines of one paragraph or item joined. */
    private static String plain(String body) {
        StringBuilder b = new StringBuilder();
        boolean code = false;
        boolean joinable = false;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("```")) {
                code = !code;
                joinable = false;
            } else if (code) {
                b.append("    ").append(line).append('\n');
            } else if (line.isBlank()) {
                b.append('\n');
                joinable = false;
            } else {
                String text = CODE_SPAN.matcher(line.strip()).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
                text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
                if (joinable && !text.startsWith("- ")) {
                    b.setLength(b.length() - 1);
                    b.append(' ');
                }
                b.append(text).append('\n');
                joinable = true;
            }
        }
        return b.toString().replaceFirst("^\n+", "").stripTrailing().replaceAll("\n{3,}", "\n\n");
    }

    /** An XML example of a section: its file name (when a {@code `name`:} line precedes it) and text. */
    public record Example(String fileName, String xml) {
    }

    /** The {@code ```xml} code blocks of a section, in order. */
    public List<Example> examples(String section) {
        List<Example> out = new ArrayList<>();
        String body = sections.get(section);
        if (body == null) {
            return out;
        }
        String previous = "";
        StringBuilder block = null;
        for (String line : body.split("\n", -1)) {
            if (block == null && line.startsWith("```xml")) {
                block = new StringBuilder();
            } else if (block != null && line.startsWith("```")) {
                Matcher m = FILE_NAME.matcher(previous.strip());
                out.add(new Example(m.matches() ? m.group(1) : null, block.toString()));
                block = null;
                previous = "";
            } else if (block != null) {
                block.append(line).append('\n');
            } else if (!line.isBlank()) {
                previous = line;
            }
        }
        return out;
    }
}
