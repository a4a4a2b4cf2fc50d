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

    /**
     * Output characters each input character of a sentence may cost. Every claim of a sentence
     * is a row that carries its window, so a sentence holding many claims (a table row of tolls,
     * a run of vague counts) shares what its length pays for among them: output then grows with
     * the input, not with the claims per sentence, and the CSV stays within 20 times it. Prose
     * has a claim in every 30 or more characters, so its sentences stay whole.
     */
    public static final int OUTPUT_PER_INPUT = 16;

    /** About what a CSV row's other columns take (file, offsets, quote, value, labels): paid from the same share. */
    public static final int ROW_COLUMNS = 80;

    /**
     * The claim's sentence, or its window around the quote, marked where cut: at most
     * {@link #SENTENCE_WINDOW} characters, and no more than its share of the sentence pays for
     * ({@link #OUTPUT_PER_INPUT} per character over the sentence's claims, less
     * {@link #ROW_COLUMNS}); never less than the quote.
     */
    public static String sentenceWindow(org.claimtally.model.Claim c) {
        String s = c.sentence();
        int at = Math.max(0, Math.min(s.length(), c.start() - c.sentenceStart()));
        int to = Math.min(s.length(), at + (c.end() - c.start()));
        long share = (long) OUTPUT_PER_INPUT * s.length() / c.sentenceClaims() - ROW_COLUMNS;
        return around(s, at, to, (int) Math.min(SENTENCE_WINDOW, Math.max(to - at, share)));
    }

    /** The part of a sentence of {@code length} characters that a window of {@code max} around [from, to) keeps. */
    private static int[] span(int length, int from, int to, int max) {
        if (length <= max) {
            return new int[] {0, length};
        }
        int mid = (from + to) / 2;
        int a = Math.max(0, Math.min(mid - max / 2, length - max));
        return new int[] {a, Math.min(length, a + max)};
    }

    /**
     * A window of a very long sentence around the quote: tables pasted without full stops make
     * "sentences" of thousands of characters; the cell keeps the part that explains the figure.
     */
    public static String around(String sentence, int from, int to, int max) {
        if (sentence.length() <= max) {
            return sentence;
        }
        int[] span = span(sentence.length(), from, to, max);
        return (span[0] > 0 ? "… " : "") + sentence.substring(span[0], span[1]) + (span[1] < sentence.length() ? " …" : "");
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
