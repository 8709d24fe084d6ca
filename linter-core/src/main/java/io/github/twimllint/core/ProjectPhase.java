package io.github.twimllint.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The run's second phase: after every document was read, resolves references between them and
 * runs the {@link ProjectRule}s. It holds only facts; a document referenced but not named is
 * read once, for its facts, when a rule first asks where a reference leads. Work is linear in
 * documents and references: each resolution is a few hash lookups, and a file not in the project
 * is looked for on disk at most once.
 */
final class ProjectPhase implements Project, ProjectContext {

    /** A project rule instance with the level it runs at. */
    record Slot(ProjectRule rule, RuleMeta meta, Severity level) {
    }

    private final List<Slot> slots;
    private final UrlResolver resolver;
    private final BiFunction<Path, String, DocumentFacts> reader;
    private final List<DocumentFacts> named = new ArrayList<>();
    private Map<String, DocumentFacts> byFile = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private int size;
    // Findings by document id; only named documents' findings are kept (they alone are reported).
    private final List<List<Finding>> found = new ArrayList<>();
    private boolean anyFound;
    private Path displayBase;
    private Slot current;

    /**
     * @param reader reads the facts of a document that was not named (file, displayed path);
     *               returns null when it cannot be read
     */
    ProjectPhase(List<Slot> slots, UrlResolver resolver, BiFunction<Path, String, DocumentFacts> reader) {
        this.slots = slots;
        this.resolver = resolver;
        this.reader = reader;
    }

    /** Runs the project rules; returns the results with their findings added, in the same order. */
    List<FileResult> run(List<FileResult> results) {
        byFile = new HashMap<>(Math.max(16, results.size() * 2));
        for (FileResult r : results) {
            DocumentFacts f = r.facts();
            if (f == null || r.skipped() || r.readError() != null) {
                continue;
            }
            named.add(f);
            f.join(size++);
            if (f.file() != null) {
                byFile.put(f.file().toString(), f);
                if (displayBase == null) {
                    displayBase = baseOf(f);
                }
            }
        }
        for (Slot s : slots) {
            current = s;
            try {
                s.rule().check(this, this);
            } catch (RuntimeException | StackOverflowError e) {
                throw new IllegalStateException("rule " + s.meta().id() + " failed: " + e, e);
            }
        }
        current = null;
        if (!anyFound) {
            return results;
        }
        List<FileResult> out = new ArrayList<>(results.size());
        for (FileResult r : results) {
            DocumentFacts f = r.facts();
            List<Finding> more = f == null || f.id() < 0 || f.id() >= found.size() ? null : found.get(f.id());
            out.add(more == null ? r : r.withMoreFindings(more));
        }
        return out;
    }

    /** The folder displayed paths are relative to, recovered from a named document's file. */
    private static Path baseOf(DocumentFacts f) {
        Path shown;
        try {
            shown = Path.of(f.path()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (shown.isAbsolute() || !f.file().endsWith(shown)) {
            return null;
        }
        Path base = f.file();
        for (int i = 0; i < shown.getNameCount() && base != null; i++) {
            base = base.getParent();
        }
        return base;
    }

    String display(Path file) {
        if (displayBase != null && file.startsWith(displayBase)) {
            return FileCollector.slashes(displayBase.relativize(file).toString());
        }
        return file.toString();
    }

    // --- Project ---

    @Override
    public List<DocumentFacts> documents() {
        return named;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Resolution resolve(DocumentFacts from, DocumentFacts.Reference reference) {
        if (reference.templated()) {
            return Resolution.LEFT_ALONE;
        }
        // Each reference is resolved once, however many rules and chains ask.
        List<DocumentFacts.Reference> refs = from.references();
        int index = -1;
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i) == reference) {
                index = i;
                break;
            }
        }
        Resolution known = index < 0 ? null : from.cached(index);
        if (known == null) {
            known = resolveOnce(from, reference);
            if (index >= 0) {
                from.cache(index, known);
            }
        }
        return known;
    }

    private Resolution resolveOnce(DocumentFacts from, DocumentFacts.Reference reference) {
        String target = resolver.targetName(from.file() == null ? null : from.file().toString(), from.folder(),
                reference.value());
        if (target == null) {
            return Resolution.LEFT_ALONE;
        }
        if (target == UrlResolver.OUTSIDE) {
            return Resolution.OUTSIDE;
        }
        List<String> candidates = UrlResolver.candidateNames(target);
        for (int i = 0; i < candidates.size(); i++) {
            DocumentFacts known = byFile.get(candidates.get(i));
            if (known != null) {
                return known.asTarget();
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            String c = candidates.get(i);
            if (absent.contains(c)) {
                continue;
            }
            try {
                Path file = Path.of(c);
                if (Files.isRegularFile(file)) {
                    return read(file).asTarget();
                }
            } catch (java.nio.file.InvalidPathException e) {
                // Not a name this file system can have: not there.
            }
            absent.add(c);
        }
        String shown;
        try {
            shown = display(Path.of(target));
        } catch (java.nio.file.InvalidPathException e) {
            shown = target;
        }
        return new Resolution(Resolution.Status.MISSING, null, shown);
    }

    private DocumentFacts read(Path file) {
        String shown = display(file);
        DocumentFacts f = reader.apply(file, shown);
        if (f == null) {
            // It exists but cannot be read: nothing to check in it.
            f = new DocumentFacts(shown, file, null, List.of(), List.of());
        }
        f.join(size++);
        byFile.put(file.toString(), f);
        return f;
    }

    // --- ProjectContext ---

    @Override
    public void report(DocumentFacts document, DocumentFacts.Reference at, String message,
                       List<Finding.RelatedLocation> related) {
        Slot slot = current;
        if (slot == null) {
            throw new IllegalStateException("report() outside a project rule");
        }
        int id = document.id();
        if (id < 0 || id >= size) {
            throw new IllegalStateException("report() on a document outside this project: " + document.path());
        }
        while (found.size() <= id) {
            found.add(null);
        }
        if (found.get(id) == null) {
            found.set(id, new ArrayList<>());
        }
        anyFound = true;
        found.get(id).add(new Finding(slot.meta().id(),
                slot.level(), message, document.path(), at.line(), at.column(), at.endLine(),
                at.endColumn(), at.anchor(), related));
    }
}
