package org.claimtally.report;

import org.claimtally.model.Numbers;

/** Cell text rules shared by all writers: XML-safe, length-capped, formula-inert when asked. */
public final class Cells {
    /** Excel's limit for one cell. */
    public static final int MAX_CELL = 32_767;
    public static final String CUT_MARKER = " […cut]";

    private Cells() {
    }

    /** Removes characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF). */
    public static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Text safe to print on a terminal: control characters (ESC and the other C0 and C1 codes,
     * which would move the cursor, recolour or retitle the user's terminal) become U+FFFD, line
     * breaks and tabs become spaces.
     */
    public static String terminalSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c == '\n' || c == '\r' || c == '\t' ? ' ' : c < 0x20 || c >= 0x7F && c <= 0x9F ? '\uFFFD' : c;
            if (r != c && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(r);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Markdown text that no renderer reads as HTML: "<", ">" and "&" written as entities. */
    public static String htmlInert(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** XML-safe and cut to Excel's cell limit with a visible marker. */
    public static String cellText(String s) {
        String t = xmlSafe(s);
        if (t.length() > MAX_CELL) {
            int cut = MAX_CELL - CUT_MARKER.length();
            if (Character.isHighSurrogate(t.charAt(cut - 1))) {
                cut--;
            }
            t = t.substring(0, cut) + CUT_MARKER;
        }
        return t;
    }

    /**
     * For CSV meant for spreadsheets: text a spreadsheet would run as a formula
     * ({@code = + - @}, tab, CR first) gets a leading apostrophe, as OWASP advises.
     */
    public static String formulaSafe(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + s;
        }
        return s;
    }

    /** Text cut to {@code max} characters with "… (N more characters{tail})". */
    public static String shorten(String s, int max, String tail) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, max) + "… (" + (s.length() - max) + " more characters" + tail + ")";
    }

    /**
     * Characters of a claim's sentence every output carries around its figure: a sentence of
     * prose fits whole; a pasted table or list without full stops is cut around the quote, so
     * no output grows with the square of such a line (each of its figures would repeat it).
     */
    public static final int SENTENCE_WINDOW = 400;

    /** The claim's sentence, or its window of {@link #SENTENCE_WINDOW} characters around the quote, marked where cut. */
    public static String sentenceWindow(org.claimtally.model.Claim c) {
        int at = Math.max(0, c.start() - c.sentenceStart());
        return around(c.sentence(), at, at + (c.end() - c.start()), SENTENCE_WINDOW);
    }

    /**
     * A window of a very long sentence around the quote: tables pasted without full stops make
     * "sentences" of thousands of characters; the cell keeps the part that explains the figure.
     */
    public static String around(String sentence, int from, int to, int max) {
        if (sentence.length() <= max) {
            return sentence;
        }
        int mid = (from + to) / 2;
        int a = Math.max(0, Math.min(mid - max / 2, sentence.length() - max));
        int b = Math.min(sentence.length(), a + max);
        return (a > 0 ? "… " : "") + sentence.substring(a, b) + (b < sentence.length() ? " …" : "");
    }

    /** Plain text of a cell value: numbers without separators or float noise. */
    public static String plain(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Numbers.plain(d);
        }
        return v.toString();
    }
}
