package io.github.twimllint.core;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The call flow of a run as a graph, for the reports that draw it: one node per document (named,
 * or reached through a reference), one per URL that leads to no document of the project (missing,
 * or external: left alone), and one edge per reference, labelled by the element and attribute that
 * make it, with the rule ids of the findings at the reference. Built from the documents' facts and
 * the report's findings; knows no format.
 *
 * <p>Node ids ({@code n0}, {@code n1}, ...) follow the order of {@link #nodes()}: documents by path,
 * then missing documents, then external URLs, each by label. Edges are in document order.
 */
public final class CallFlow {

    /** What a node stands for; documents by the kind the engine decided or the role they are run in. */
    public enum Kind {
        VOICE, MESSAGING, WHISPER, WAIT, DOCUMENT, MISSING, EXTERNAL;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the node is a document of the project (else a URL that names none). */
        public boolean document() {
            return this != MISSING && this != EXTERNAL;
        }
    }

    /**
     * A node. {@code worst} is the most severe finding on the document (null: none, or a document
     * that was not linted, {@code linted} false: reached through a reference only).
     */
    public record Node(String id, String label, Kind kind, Severity worst, boolean linted, int findings) {
    }

    /**
     * An edge: {@code label} is {@code Element attribute} (or {@code Element} for a reference made
     * by the text); {@code rules} the ids of the findings at the reference, sorted; {@code worst}
     * the most severe of them (null: none).
     */
    public record Edge(String from, String to, String label, String url, int line, int column,
                       List<String> rules, Severity worst) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;

    public CallFlow(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The node of a document by its displayed path, or null. */
    public Node document(String path) {
        for (Node n : nodes) {
            if (n.kind().document() && n.label().equals(path)) {
                return n;
            }
        }
        return null;
    }

    /**
     * How a report's references resolve: what the project phase uses (URL mappings, site root,
     * the reader of documents that were not named), kept so the graph is built only when a report
     * asks for it.
     */
    static final class Resolver {
        private final UrlResolver urls;
        private final BiFunction<Path, String, DocumentFacts> reader;
        private final Dialect dialect;

        Resolver(UrlResolver urls, BiFunction<Path, String, DocumentFacts> reader, Dialect dialect) {
            this.urls = urls;
            this.reader = reader;
            this.dialect = dialect;
        }
    }

    /** The graph of a report (documents without facts, skipped or unreadable are left out). */
    static CallFlow of(LintReport report, Resolver resolver) {
        Resolver r = resolver != null ? resolver
                : new Resolver(UrlResolver.none(), (file, shown) -> null,
                        Dialect.discover(CallFlow.class.getClassLoader()));
        ProjectPhase phase = new ProjectPhase(List.of(), r.urls, r.reader);
        List<FileResult> files = report.files();
        phase.run(files);

        Map<String, List<Finding>> byPath = new HashMap<>();
        for (Finding f : report.findings()) {
            byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
        // Documents, named first, then those the references reach (breadth first).
        Map<String, DocumentFacts> documents = new TreeMap<>();
        Map<String, Boolean> linted = new HashMap<>();
        Deque<DocumentFacts> queue = new ArrayDeque<>();
        for (DocumentFacts f : phase.documents()) {
            documents.put(f.path(), f);
            linted.put(f.path(), true);
            queue.add(f);
        }
        Map<String, String> roles = new HashMap<>();
        Map<String, Kind> others = new TreeMap<>();
        List<Link> links = new ArrayList<>();
        while (!queue.isEmpty()) {
            DocumentFacts from = queue.poll();
            for (DocumentFacts.Reference ref : from.references()) {
                Project.Resolution res = phase.resolve(from, ref);
                String target;
                if (res.resolved()) {
                    DocumentFacts to = res.target();
                    target = to.path();
                    if (documents.putIfAbsent(target, to) == null) {
                        linted.put(target, false);
                        queue.add(to);
                    }
                    String role = r.dialect.runsAs(ref.element(), ref.attribute());
                    if (role != null) {
                        roles.putIfAbsent(target, role);
                    }
                    target = "d:" + target;
                } else if (res.status() == Project.Resolution.Status.MISSING) {
                    others.putIfAbsent("m:" + res.tried(), Kind.MISSING);
                    target = "m:" + res.tried();
                } else {
                    others.putIfAbsent("x:" + ref.value(), Kind.EXTERNAL);
                    target = "x:" + ref.value();
                }
                links.add(new Link(from, ref, target));
            }
        }

        Map<String, Node> nodes = new LinkedHashMap<>();
        for (DocumentFacts d : documents.values()) {
            List<Finding> found = byPath.getOrDefault(d.path(), List.of());
            nodes.put("d:" + d.path(), new Node("n" + nodes.size(), d.path(), kindOf(d, roles.get(d.path())),
                    worst(found), linted.get(d.path()), found.size()));
        }
        others.forEach((key, kind) -> nodes.put(key, new Node("n" + nodes.size(), key.substring(2), kind, null,
                false, 0)));

        List<Edge> edges = new ArrayList<>(links.size());
        for (Link l : links) {
            DocumentFacts from = l.from();
            DocumentFacts.Reference ref = l.reference();
            List<Finding> at = new ArrayList<>();
            for (Finding f : byPath.getOrDefault(from.path(), List.of())) {
                if (f.line() == ref.line() && f.column() == ref.column()) {
                    at.add(f);
                }
            }
            List<String> rules = at.stream().map(Finding::ruleId).distinct().sorted().toList();
            edges.add(new Edge(nodes.get("d:" + from.path()).id(), nodes.get(l.target()).id(),
                    ref.attribute() == null ? ref.element() : ref.element() + " " + ref.attribute(), ref.value(),
                    ref.line(), ref.column(), rules, worst(at)));
        }
        return new CallFlow(new ArrayList<>(nodes.values()), edges);
    }

    /** A reference and the key of the node it leads to. */
    private record Link(DocumentFacts from, DocumentFacts.Reference reference, String target) {
    }

    private static Kind kindOf(DocumentFacts d, String role) {
        if (role != null) {
            return role.equals("whisper") ? Kind.WHISPER : Kind.WAIT;
        }
        if ("voice".equals(d.kind())) {
            return Kind.VOICE;
        }
        return "messaging".equals(d.kind()) ? Kind.MESSAGING : Kind.DOCUMENT;
    }

    private static Severity worst(List<Finding> findings) {
        Severity w = null;
        for (Finding f : findings) {
            if (w == null || f.severity().compareTo(w) > 0) {
                w = f.severity();
            }
        }
        return w;
    }
}
