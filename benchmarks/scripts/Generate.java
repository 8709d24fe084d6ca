import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Seeded generator of the benchmark inputs (run as a single-file program, no build needed):
 * <pre>
 *   java benchmarks/scripts/Generate.java repo DIR [COUNT=20000] [SEED=15]   # COUNT documents, ~4 KB each
 *   java benchmarks/scripts/Generate.java big FILE MEGABYTES [SEED=15]       # one document of about that size
 *   java benchmarks/scripts/Generate.java small DIR COUNT                     # COUNT three-line documents
 * </pre>
 * The same seed gives the same bytes, so figures from different runs compare like with like.
 * Documents are ordinary TwiML (voice and messaging verbs, a few mistakes so reports are not
 * empty), spread over folders of 500.
 */
public final class Generate {
    private static final String[] WORDS = {"please", "hold", "while", "we", "connect", "your", "call",
        "to", "the", "next", "available", "agent", "press", "one", "for", "sales", "two", "support",
        "thank", "you", "for", "calling", "goodbye", "menu", "option", "account", "balance"};

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("repo")) {
            int count = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 15;
            repo(Path.of(args[1]), count, new Random(seed));
        } else if (args.length >= 3 && args[0].equals("big")) {
            long seed = args.length > 3 ? Long.parseLong(args[3]) : 15;
            big(Path.of(args[1]), Long.parseLong(args[2]) * 1024 * 1024, new Random(seed));
        } else if (args.length >= 3 && args[0].equals("small")) {
            small(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            System.err.println("usage: Generate repo DIR [COUNT] [SEED] | Generate big FILE MEGABYTES [SEED]"
                    + " | Generate small DIR COUNT");
            System.exit(2);
        }
    }

    static void repo(Path dir, int count, Random random) throws IOException {
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve(String.format("d%03d", i / 500));
            Files.createDirectories(folder);
            String name = (i % 3 == 0 ? "doc" + i + ".twiml" : "doc" + i + ".xml");
            try (Writer w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n");
                int verbs = 20 + random.nextInt(40);
                for (int v = 0; v < verbs; v++) {
                    verb(w, random, i);
                }
                w.write("</Response>\n");
            }
        }
    }

    /** Many tiny documents in folders of 1,000, one mistake in the first: what a run keeps per file. */
    static void small(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve("d" + i / 1000);
            if (i % 1000 == 0) {
                Files.createDirectories(folder);
            }
            String verb = i == 0 ? "say" : "Say";
            Files.writeString(folder.resolve("call" + i + ".twiml"),
                    "<Response>\n  <" + verb + ">Hello " + i + "</" + verb + ">\n</Response>\n");
        }
    }

    static void big(Path file, long bytes, Random random) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n");
            CountingWriter counted = new CountingWriter(w);
            while (counted.count < bytes) {
                verb(counted, random, 0);
            }
            w.write("</Response>\n");
        }
    }

    private static void verb(Writer w, Random random, int doc) throws IOException {
        switch (random.nextInt(9)) {
            case 0 -> w.write("  <Say voice=\"Polly.Joanna\" language=\"en-US\">" + sentence(random) + "</Say>\n");
            case 1 -> w.write("  <Play loop=\"" + (1 + random.nextInt(3)) + "\">https://example.com/audio/"
                    + random.nextInt(100) + ".mp3</Play>\n");
            case 2 -> w.write("  <Gather input=\"dtmf speech\" numDigits=\"" + (1 + random.nextInt(4))
                    + "\" timeout=\"5\" action=\"/twiml/d" + random.nextInt(40) + "/doc" + random.nextInt(20_000)
                    + ".xml\">\n    <Say>" + sentence(random) + "</Say>\n  </Gather>\n");
            case 3 -> w.write("  <Pause length=\"" + (1 + random.nextInt(5)) + "\"/>\n");
            case 4 -> w.write("  <Dial callerId=\"+1415555" + (1000 + random.nextInt(9000)) + "\" timeout=\"20\">\n"
                    + "    <Number>+1415555" + (1000 + random.nextInt(9000)) + "</Number>\n  </Dial>\n");
            case 5 -> w.write("  <Record maxLength=\"30\" playBeep=\"true\" transcribe=\"false\"/>\n");
            case 6 -> w.write("  <Redirect method=\"POST\">https://example.com/twiml/next" + random.nextInt(50)
                    + ".xml</Redirect>\n");
            case 7 -> w.write(doc % 7 == 0 ? "  <say>" + sentence(random) + "</say>\n" // a finding now and then
                    : "  <Say>" + sentence(random) + "</Say>\n");
            default -> w.write("  <!-- " + sentence(random) + " -->\n  <Say loop=\"2\">" + sentence(random)
                    + "</Say>\n");
        }
    }

    private static String sentence(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 4 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    /** Counts what passes through, so the big case stops near its size. */
    private static final class CountingWriter extends Writer {
        private final Writer out;
        long count;

        CountingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
