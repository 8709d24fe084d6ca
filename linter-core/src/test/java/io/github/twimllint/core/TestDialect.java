package io.github.twimllint.core;

import java.util.Set;

/**
 * The engine's tests run without the rules module, so without its vocabulary: this is the part of
 * TwiML they need (the voice/messaging split at the top, which attributes name documents, what
 * {@code <Redirect>} does). Used only when no real {@link Dialect} is on the class path.
 */
public final class TestDialect implements Dialect {
    public static final Dialect INSTANCE = new TestDialect();

    private static final Set<String> VOICE = Set.of("Say", "Play", "Dial", "Record", "Gather", "Hangup",
            "Enqueue", "Leave", "Pause", "Redirect", "Refer", "Reject", "Connect", "Pay", "Start", "Stop",
            "Message");
    private static final Set<String> MESSAGING = Set.of("Message", "Redirect");

    /** A builder with the dialect on the class path, or this one when there is none. */
    public static Linter.Builder builder(RuleSet rules) {
        Linter.Builder b = Linter.builder(rules);
        if (Dialect.discover(TestDialect.class.getClassLoader()) == Dialect.NONE) {
            b.dialect(INSTANCE);
        }
        return b;
    }

    @Override
    public String root() {
        return "Response";
    }

    @Override
    public String kindRevealedBy(String topLevelName) {
        if (topLevelName.equals("Message")) {
            return "messaging";
        }
        return VOICE.contains(topLevelName) && !MESSAGING.contains(topLevelName) ? "voice" : null;
    }

    @Override
    public boolean acceptsAtTop(String kind, String topLevelName) {
        return ("voice".equals(kind) ? VOICE : "messaging".equals(kind) ? MESSAGING : Set.of()).contains(topLevelName);
    }

    @Override
    public String documentAttribute(String element) {
        switch (element) {
            case "Number":
            case "Client":
            case "Sip":
            case "Queue":
                return "url";
            case "Conference":
            case "Enqueue":
                return "waitUrl";
            default:
                return null;
        }
    }

    @Override
    public boolean handsOver(String element) {
        return element.equals("Redirect");
    }
}
