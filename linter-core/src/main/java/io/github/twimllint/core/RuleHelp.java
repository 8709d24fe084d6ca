package io.github.twimllint.core;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every rule page's help ({@link RuleDoc#text()} and {@link RuleDoc#markdown()}) rendered at build
 * time into one resource, {@link #RESOURCE}: a SARIF report carries every rule's help, and parsing
 * and rendering the pages with regular expressions at run time was a large share of a small run.
 * A page that is not in the resource (a rule outside this build) is still read and rendered by
 * {@link RuleDoc}. {@code RuleHelpTest} holds the resource equal to what {@link RuleDoc} renders.
 */
final class RuleHelp {
    /** Where the build writes the rendered help, beside the pages. */
    static final String RESOURCE = RuleDoc.RESOURCE_DIR + "rendered-help.bin";

    private static volatile Map<String, Rendered> bundle;

    private RuleHelp() {
    }

    record Rendered(String text, String markdown) {
    }

    /** Where the page is published (here, so that a report's links do not load {@link RuleDoc}'s patterns). */
    static String url(String id) {
        return Version.INFORMATION_URI + "/blob/main/docs/rules/" + id + ".md";
    }

    /** The page's help as plain text, empty when the rule has no page. */
    static Optional<String> text(String id) {
        Rendered r = bundle().get(id);
        return r != null ? Optional.of(r.text()) : RuleDoc.find(id).map(RuleDoc::text);
    }

    /** The page's help as Markdown, empty when the rule has no page. */
    static Optional<String> markdown(String id) {
        Rendered r = bundle().get(id);
        return r != null ? Optional.of(r.markdown()) : RuleDoc.find(id).map(RuleDoc::markdown);
    }

    /** The rendered help of every page this build packaged, by id. */
    static Map<String, Rendered> bundle() {
        Map<String, Rendered> b = bundle;
        if (b == null) {
            b = read(RuleHelp.class.getClassLoader().getResourceAsStream(RESOURCE));
            bundle = b;
        }
        return b;
    }

    /** The resource's entries; none when it is missing (then every page is rendered at run time). */
    static Map<String, Rendered> read(InputStream resource) {
        if (resource == null) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(resource))) {
            int count = in.readInt();
            Map<String, Rendered> out = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                out.put(id, new Rendered(string(in), string(in)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Writes the rendered help of every {@code *.md} page of a folder, by id. */
    static void write(Path pages, OutputStream target) throws IOException {
        Map<String, RuleDoc> docs = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pages, "*.md")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                docs.put(name.substring(0, name.length() - 3), RuleDoc.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(docs.size());
        for (Map.Entry<String, RuleDoc> e : docs.entrySet()) {
            out.writeUTF(e.getKey());
            string(out, e.getValue().text());
            string(out, e.getValue().markdown());
        }
        out.flush();
    }

    // Length-prefixed UTF-8: writeUTF stops at 64 KB and uses a modified encoding.
    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The build's step: {@code RuleHelp <pages folder> <resource file>}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[1]);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(Path.of(args[0]), out);
        }
    }
}
