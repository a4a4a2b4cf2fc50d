package org.claimtally.ingest;

import java.util.List;
import java.util.Map;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.claimtally.model.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A saved web page reduced to its article: jsoup parses it, its metadata comes from the page's
 * own tags, and an {@link ArticleExtractor} takes the article's paragraphs out of the furniture.
 */
public final class HtmlArticle {
    /** The extractor every page goes through (see {@link ArticleExtractor}). */
    static final ArticleExtractor EXTRACTOR = new ReadabilityArticle();

    private HtmlArticle() {
    }

    /**
     * The article body of a page as claimtally reads it (paragraphs separated by blank lines,
     * without the title): what {@code eval --html} scores.
     */
    public static String body(String html, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = PageMetadata.read(page).title().value();
        return String.join("\n\n", withoutHeadline(EXTRACTOR.paragraphs(page, url == null ? "" : url), title));
    }

    /** The paragraphs after a first one that repeats the title (the page's headline). */
    private static List<String> withoutHeadline(List<String> paragraphs, String title) {
        return !paragraphs.isEmpty() && !title.isEmpty() && sameHeadline(paragraphs.get(0), title)
                ? paragraphs.subList(1, paragraphs.size()) : paragraphs;
    }

    static Document parse(String id, String html, SourceInfo known, List<Problem> problems) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        PageMetadata.Found meta = PageMetadata.read(page);
        String title = meta.title().value();
        List<String> paragraphs = withoutHeadline(EXTRACTOR.paragraphs(page, meta.url().value()), title);
        StringBuilder text = new StringBuilder();
        if (!title.isEmpty()) {
            text.append(title).append("\n\n");
        }
        for (String s : paragraphs) {
            text.append(s).append("\n\n");
        }
        if (paragraphs.isEmpty()) {
            problems.add(Problem.warning(id, "", "HTML page has no article text"));
        }
        return new Document(id, source(id, meta, known, problems), text.toString().strip() + "\n");
    }

    /**
     * The page's source: what a sources file says wins, the page fills in the rest; its author,
     * update date and where each field came from are extra columns of the Sources sheet.
     */
    private static SourceInfo source(String id, PageMetadata.Found meta, SourceInfo known, List<Problem> problems) {
        String published = Dates.iso(meta.published().value());
        if (published.isEmpty() && !meta.published().isEmpty()) {
            problems.add(Problem.warning(id, "", "page date '" + shortened(meta.published().value()) + "' ("
                    + meta.published().from() + ") is no date; not used"));
        }
        String url = meta.url().value().startsWith("http") ? meta.url().value() : "";
        Map<String, String> extra = new java.util.TreeMap<>(known == null ? Map.of() : known.extra());
        putIfAbsent(extra, "author", meta.author().value());
        putIfAbsent(extra, "updated", Dates.iso(meta.modified().value()));
        putIfAbsent(extra, "page metadata from", meta.provenance());
        boolean knownDate = known != null && !known.published().isEmpty();
        if (!knownDate && published.isEmpty()) {
            problems.add(Problem.warning(id, "", "page states no publication date (JSON-LD, meta tags, <time>)"
                    + (meta.outlet().isEmpty() && (known == null || known.outlet().isEmpty()) ? " and no outlet" : "")));
        }
        String from = published.isEmpty() ? null : "page: " + meta.published().from();
        return new SourceInfo(id, pick(known == null ? "" : known.outlet(), meta.outlet().value()),
                pick(known == null ? "" : known.url(), url), knownDate ? known.published() : published,
                pick(known == null ? "" : known.title(), meta.title().value()), extra,
                knownDate ? known.publishedFrom() : from);
    }

    private static void putIfAbsent(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) {
            m.putIfAbsent(key, value);
        }
    }

    private static String pick(String known, String page) {
        return known.isEmpty() ? page : known;
    }

    /** Whether a page's first paragraph is its title's headline (a site's name may follow the title). */
    private static boolean sameHeadline(String paragraph, String title) {
        String p = letters(paragraph);
        String t = letters(title);
        return !p.isEmpty() && (t.contains(p) || p.contains(t) && p.length() <= HEADLINE_SLACK * t.length());
    }

    /**
     * A first paragraph holding the title is the headline when it is at most this many times
     * the title's length (a kicker or a site name beside it); a longer one is the article's
     * opening, which may repeat its headline.
     */
    private static final int HEADLINE_SLACK = 2;

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A value quoted in a problem line: its first characters. */
    private static String shortened(String v) {
        return v.length() <= QUOTED ? v : v.substring(0, QUOTED) + "…";
    }

    private static final int QUOTED = 40;
}
