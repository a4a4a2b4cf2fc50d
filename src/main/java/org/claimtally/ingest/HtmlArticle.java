package org.claimtally.ingest;

import java.util.List;
import java.util.Map;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.claimtally.model.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A saved web page reduced to its article: jsoup parses it, page furniture (scripts, styles,
 * navigation, headers, footers, asides, forms, cookie banners) is dropped, and the paragraphs
 * of the main content become lines of text. Metadata comes from the page's own tags.
 */
final class HtmlArticle {
    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[class*=cookie], [id*=cookie], [class*=consent], [class*=newsletter], [class*=share], "
            + "[class*=related], [class*=comment], [class*=advert], [class*=promo], [aria-hidden=true]";

    /** The elements whose text makes a paragraph of the article. */
    private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote";
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("h1", "h2", "h3", "h4", "p", "li",
            "blockquote");

    private HtmlArticle() {
    }

    /**
     * A block's own text: its text and inline elements, without the blocks nested in it, which
     * are paragraphs of their own. Each character of the page is read once, however deep lists
     * and quotes nest (a block's whole text would repeat every nested one).
     */
    private static String ownText(Element block) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node n, int depth) {
                if (n != block && n instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (n instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.getWholeText());
                } else if (n instanceof Element e && e.normalName().equals("br")) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, block);
        return org.jsoup.internal.StringUtil.normaliseWhitespace(sb.toString()).strip();
    }

    static Document parse(String id, String html, SourceInfo known, List<Problem> problems) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = first(meta(page, "og:title"), page.title());
        String outlet = meta(page, "og:site_name");
        String published = first(meta(page, "article:published_time"), attr(page.selectFirst("time[datetime]"), "datetime"));
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"));
        page.select(FURNITURE).remove();
        Element main = first(page.selectFirst("article"), page.selectFirst("main"), page.selectFirst("[itemprop=articleBody]"),
                page.body());
        StringBuilder text = new StringBuilder();
        String headline = main == null ? "" : attr(main.selectFirst("h1"), "");
        if (headline.isEmpty() && !title.isEmpty()) {
            text.append(title).append("\n\n");
        }
        if (main != null) {
            Elements blocks = main.select(BLOCKS);
            for (Element b : blocks) {
                String s = ownText(b);
                if (!s.isEmpty()) {
                    text.append(s).append("\n\n");
                }
            }
            if (blocks.isEmpty()) {
                text.append(main.wholeText().strip());
            }
        }
        if (text.length() == 0) {
            problems.add(Problem.warning(id, "", "HTML page has no article text"));
        }
        SourceInfo info = known != null ? known
                : new SourceInfo(id, outlet, url.startsWith("http") ? url : "", published, title, Map.of());
        if (info.title().isEmpty()) {
            info = info.withTitle(title);
        }
        return new Document(id, info, text.toString().strip() + "\n");
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
