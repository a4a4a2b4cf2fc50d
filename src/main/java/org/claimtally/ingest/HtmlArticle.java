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
        String title = first(meta(page, "og:title"), page.title());
        return String.join("\n\n", withoutHeadline(EXTRACTOR.paragraphs(page, url == null ? "" : url), title));
    }

    /** The paragraphs after a first one that repeats the title (the page's headline). */
    private static List<String> withoutHeadline(List<String> paragraphs, String title) {
        return !paragraphs.isEmpty() && !title.isEmpty() && sameHeadline(paragraphs.get(0), title)
                ? paragraphs.subList(1, paragraphs.size()) : paragraphs;
    }

    static Document parse(String id, String html, SourceInfo known, List<Problem> problems) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = first(meta(page, "og:title"), page.title());
        String outlet = meta(page, "og:site_name");
        String published = first(meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime"));
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        List<String> paragraphs = withoutHeadline(EXTRACTOR.paragraphs(page, url), title);
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
        SourceInfo info = known != null ? known
                : new SourceInfo(id, outlet, url.startsWith("http") ? url : "", published, title, Map.of());
        if (info.title().isEmpty()) {
            info = info.withTitle(title);
        }
        return new Document(id, info, text.toString().strip() + "\n");
    }

    /** Whether a page's first paragraph is its title's headline (a site's name may follow the title). */
    private static boolean sameHeadline(String paragraph, String title) {
        String p = letters(paragraph);
        String t = letters(title);
        return !p.isEmpty() && (t.contains(p) || p.contains(t));
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String meta(org.jsoup.nodes.Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return "";
        }
        return name.isEmpty() ? e.text().strip() : e.attr(name).strip();
    }

    private static String first(String... options) {
        for (String s : options) {
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return "";
    }

    @SafeVarargs
    private static <T> T first(T... options) {
        for (T t : options) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
