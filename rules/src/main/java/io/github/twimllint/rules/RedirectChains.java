package io.github.twimllint.rules;

import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows the {@code <Redirect>} that runs in a document (the first top-level one; later verbs
 * never run) from document to document, and finds the first document along the way that gives a
 * result. Results are memoized per document, so all referrers together cost time linear in the
 * number of documents, however long the chains; cycles end.
 *
 * @param <T> what a document gives by itself (e.g. its first offending verb)
 */
final class RedirectChains<T> {

    /** Where a chain from some document found something: the document and what it gave. */
    record Hit<T>(DocumentFacts document, T value) {
    }

    private static final Object NONE = new Object();

    private final Project project;
    private final Function<DocumentFacts, T> own;
    // Per document (by id): its memoized result, and the walk it is on (to see cycles).
    private Object[] memo = new Object[0];
    private int[] onWalk = new int[0];
    private int walk;

    /** @param own what a document gives by itself, or null to continue along its redirect */
    RedirectChains(Project project, Function<DocumentFacts, T> own) {
        this.project = project;
        this.own = own;
    }

    /** The first hit from {@code start} on, following redirects, or null. */
    @SuppressWarnings("unchecked")
    Hit<T> find(DocumentFacts start) {
        grow(start.id());
        Object first = memo[start.id()];
        if (first != null) {
            // Most referrers share their targets: answered without walking.
            return first == NONE ? null : (Hit<T>) first;
        }
        walk++;
        List<DocumentFacts> path = new ArrayList<>();
        Object result = NONE;
        DocumentFacts d = start;
        while (d != null) {
            int id = d.id();
            grow(id);
            Object known = memo[id];
            if (known != null) {
                result = known;
                break;
            }
            if (onWalk[id] == walk) {
                // A cycle with nothing in it.
                break;
            }
            onWalk[id] = walk;
            T value = own.apply(d);
            if (value != null) {
                result = new Hit<>(d, value);
                memo[id] = result;
                break;
            }
            path.add(d);
            d = next(d);
        }
        for (int i = 0; i < path.size(); i++) {
            memo[path.get(i).id()] = result;
        }
        return result == NONE ? null : (Hit<T>) result;
    }

    /** Makes room for a document id; documents read on the way get ids past the first size. */
    private void grow(int id) {
        if (id >= memo.length) {
            int n = Math.max(id + 1, Math.max(project.size(), memo.length * 2));
            memo = Arrays.copyOf(memo, n);
            onWalk = Arrays.copyOf(onWalk, n);
        }
    }

    /** The document the running redirect of {@code d} leads to, or null. */
    DocumentFacts next(DocumentFacts d) {
        DocumentFacts.Reference r = d.firstRedirect();
        if (r == null) {
            return null;
        }
        Project.Resolution res = project.resolve(d, r);
        return res.resolved() ? res.target() : null;
    }

    /**
     * The related locations of a finding: the referring reference, each redirect from
     * {@code start} to the hit's document, then {@code last} (the place in the hit's document).
     */
    List<Finding.RelatedLocation> chain(DocumentFacts referrer, DocumentFacts.Reference at, DocumentFacts start,
                                        DocumentFacts hit, Finding.RelatedLocation last) {
        List<Finding.RelatedLocation> out = new ArrayList<>();
        out.add(new Finding.RelatedLocation(referrer.path(), at.line(), at.column(),
                at.where() + " runs " + start.path()));
        Set<DocumentFacts> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        DocumentFacts d = start;
        while (d != null && d != hit && seen.add(d)) {
            DocumentFacts next = next(d);
            DocumentFacts.Reference r = d.firstRedirect();
            if (next == null || r == null) {
                break;
            }
            out.add(new Finding.RelatedLocation(d.path(), r.line(), r.column(), "<Redirect> to " + next.path()));
            d = next;
        }
        out.add(last);
        return out;
    }

    /**
     * How messages name where a chain ends: "the document this url runs, w.xml," or, through
     * redirects, "the document this url runs, w.xml, leads through 2 <Redirect>s to d.xml, which".
     */
    static String reached(DocumentFacts start, DocumentFacts hit, List<Finding.RelatedLocation> chain) {
        int redirects = chain.size() - 2;
        if (redirects <= 0) {
            return "the document this url runs, " + start.path() + ",";
        }
        return "the document this url runs, " + start.path() + ", leads through " + redirects
                + (redirects == 1 ? " <Redirect>" : " <Redirect>s") + " to " + hit.path() + ", which";
    }
}
