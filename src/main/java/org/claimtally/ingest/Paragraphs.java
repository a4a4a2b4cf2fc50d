package org.claimtally.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an element as paragraphs, the way a browser breaks it: block elements
 * end a paragraph, inline ones flow on, and what a reader never sees (scripts, templates,
 * hidden elements, form controls, a figure's caption) is left out. Each node is read once, so
 * the cost follows the page's size however deep it nests.
 */
final class Paragraphs {
    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "caption");
    /** Elements whose content is not read as text. */
    private static final Set<String> UNSEEN = Set.of("script", "style", "noscript", "template", "meta", "link",
            "head", "title", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio", "picture",
            "source", "button", "select", "option", "input", "textarea", "label", "figcaption");

    private Paragraphs() {
    }

    static List<String> of(Element root) {
        List<String> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        StringBuilder run = new StringBuilder();
        int[] linked = new int[1]; // characters of the run inside links
        int[] inLinks = new int[1]; // links open around the node being read
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof TextNode t) {
                    run.append(t.getWholeText());
                    if (inLinks[0] > 0) {
                        linked[0] += t.getWholeText().strip().length();
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(n instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e != root && (UNSEEN.contains(e.normalName()) || hidden(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("a")) {
                    inLinks[0]++;
                }
                if (e.normalName().equals("br")) {
                    run.append(' ');
                } else if (BLOCK.contains(e.normalName())) {
                    flush(run, linked, out);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node n, int depth) {
                if (n instanceof Element e && e.normalName().equals("a")) {
                    inLinks[0]--;
                }
                if (n instanceof Element e && BLOCK.contains(e.normalName())) {
                    flush(run, linked, out);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(run, linked, out);
        return out;
    }

    /**
     * Hidden by the page itself: the {@code hidden} attribute, {@code aria-hidden}, or an inline
     * style of display:none or visibility:hidden (where sites keep their schema.org copies of
     * headline, description and dates).
     */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String st = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return st.contains("display:none") || st.contains("visibility:hidden");
    }

    /** Removes what the page hides from its readers, before an extractor that drops styles reads it. */
    static void dropHidden(org.jsoup.nodes.Document page) {
        for (Element e : page.select("[hidden], [aria-hidden], [style]")) {
            if (e.parent() != null && hidden(e)) {
                e.remove();
            }
        }
    }

    /**
     * A paragraph whose text is nearly all link text is a link to elsewhere (another story, a
     * section, a tag), not a sentence of the article: the link density that boilerplate
     * detectors (boilerpipe, jusText, Readability) all weigh.
     */
    static final double LINK_DENSITY = 0.9;

    private static void flush(StringBuilder run, int[] linked, List<String> out) {
        if (run.length() == 0) {
            return;
        }
        String s = org.jsoup.internal.StringUtil.normaliseWhitespace(run.toString()).strip();
        int links = linked[0];
        run.setLength(0);
        linked[0] = 0;
        if (!s.isEmpty() && links < LINK_DENSITY * s.length() && !bareAddress(s)) {
            out.add(s);
        }
    }

    /** A paragraph that is only a web address: the page naming itself, not text. */
    private static boolean bareAddress(String s) {
        return (s.startsWith("http://") || s.startsWith("https://")) && s.indexOf(' ') < 0;
    }
}
