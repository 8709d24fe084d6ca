package io.github.twimllint.core.report;

/** Escaping for the XML reports: text and attribute values that any XML 1.0 parser reads back. */
final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes markup characters and the whitespace an attribute value would normalise away;
     * characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) become U+FFFD.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&apos;"); break;
                case '\n': b.append("&#10;"); break;
                case '\r': b.append("&#13;"); break;
                case '\t': b.append("&#9;"); break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    /** Element text: as {@link #escape}, but line breaks stay line breaks. */
    static String text(String s) {
        return escape(s).replace("&#10;", "\n").replace("&#9;", "\t");
    }
}
