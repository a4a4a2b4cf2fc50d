package org.claimtally.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a saved page says of itself, as sites publish it: schema.org JSON-LD (a NewsArticle's
 * headline, datePublished, dateModified, author, publisher), Open Graph and {@code article:}
 * tags, schema.org microdata, Dublin Core, the meta names content systems write, {@code <time>},
 * the canonical link and the {@code <title>}. Each field keeps where it was found, so the
 * Sources sheet can say it. The first source in each list that gives a value wins: JSON-LD is
 * written for machines and names its fields; a bare {@code <time>} may date a comment.
 */
final class PageMetadata {
    /** One field's value and where it came from ("JSON-LD datePublished", "meta og:site_name"). */
    record Field(String value, String from) {
        static final Field NONE = new Field("", "");

        boolean isEmpty() {
            return value.isEmpty();
        }
    }

    /** The page's fields; a field the page does not state is {@link Field#NONE}. */
    record Found(Field title, Field outlet, Field published, Field modified, Field url, Field author) {
        /** "title: og:title; published: JSON-LD datePublished; …" for the fields that were found. */
        String provenance() {
            List<String> parts = new ArrayList<>();
            add(parts, "title", title);
            add(parts, "outlet", outlet);
            add(parts, "published", published);
            add(parts, "updated", modified);
            add(parts, "url", url);
            add(parts, "author", author);
            return String.join("; ", parts);
        }

        private static void add(List<String> parts, String name, Field f) {
            if (!f.isEmpty()) {
                parts.add(name + ": " + f.from());
            }
        }
    }

    /** schema.org types whose fields describe the page's article (a page's JSON-LD also lists its site, its breadcrumbs). */
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "WebPage", "SocialMediaPosting");

    /** Meta tags giving the publication date, by the name or property they use, most specific first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "DC.date.issued", "dcterms.issued", "DC.date.created", "dcterms.created", "DC.date",
            "dcterms.date", "dc.date", "citation_publication_date", "citation_date", "parsely-pub-date",
            "sailthru.date", "article.published", "article_date_original", "publication_date", "publish-date",
            "publish_date", "publishdate", "pubdate", "datePublished", "date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "DC.date.modified", "dcterms.modified", "article.updated", "last-modified", "lastmod", "dateModified");
    private static final List<String> TITLE_META = List.of("og:title", "twitter:title", "DC.title", "dcterms.title",
            "citation_title", "parsely-title", "sailthru.title");
    private static final List<String> OUTLET_META = List.of("og:site_name", "application-name", "DC.publisher",
            "dcterms.publisher", "citation_publisher", "publisher");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "DC.creator", "dcterms.creator",
            "citation_author", "parsely-author", "sailthru.author", "byl");

    private PageMetadata() {
    }

    static Found read(org.jsoup.nodes.Document page) {
        JsonNode article = jsonLdArticle(page);
        Metas metas = new Metas(page.select("meta[content]"));
        Field title = first(ld(article, "headline"), metas.first(TITLE_META), text(page.selectFirst("title"), "<title>"));
        Field outlet = first(metas.first(List.of("og:site_name")), ldName(article, "publisher"), metas.first(OUTLET_META));
        Field published = first(dated(ld(article, "datePublished")), dated(metas.first(PUBLISHED_META)),
                dated(itemprop(page, "datePublished")), dated(time(page, "time[pubdate][datetime]")),
                dated(time(page, "time[datetime]")), dated(ld(article, "dateCreated")), metas.dated());
        if (published.isEmpty()) {
            // what a tag gave but no date could be read from, for the problem line; else a date line of the page
            published = first(ld(article, "datePublished"), metas.first(PUBLISHED_META), itemprop(page, "datePublished"),
                    dateLine(page));
        }
        Field modified = first(ld(article, "dateModified"), metas.first(MODIFIED_META), itemprop(page, "dateModified"));
        Field url = first(link(page), metas.first(List.of("og:url")), ldUrl(article));
        Field author = first(ldName(article, "author"), metas.first(AUTHOR_META), itemprop(page, "author"));
        return new Found(title, outlet, published, modified, url, author.value().startsWith("http") ? Field.NONE : author);
    }

    /** The first JSON-LD object of an article type on the page (inside arrays and {@code @graph}s), or null. */
    private static JsonNode jsonLdArticle(org.jsoup.nodes.Document page) {
        ObjectMapper json = new ObjectMapper();
        JsonNode anyTyped = null;
        for (Element s : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(s.data());
            } catch (java.io.IOException | RuntimeException e) {
                continue; // a site's broken JSON-LD is no reason to lose the page
            }
            List<JsonNode> objects = new ArrayList<>();
            flatten(root, objects, 0);
            for (JsonNode o : objects) {
                if (isArticle(o)) {
                    return o;
                }
                if (anyTyped == null && o.has("datePublished")) {
                    anyTyped = o;
                }
            }
        }
        return anyTyped;
    }

    /** Objects nest in arrays and graphs a few levels at most; deeper ones are not read. */
    private static final int MAX_JSON_DEPTH = 4;

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > MAX_JSON_DEPTH) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> flatten(x, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (ARTICLE_TYPES.contains(x.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(t.asText());
    }

    private static Field ld(JsonNode article, String field) {
        if (article == null) {
            return Field.NONE;
        }
        JsonNode v = article.get(field);
        return v != null && v.isValueNode() ? field(v.asText(), "JSON-LD " + field) : Field.NONE;
    }

    /** A person's or organisation's name: a string, an object with a name, or a list of either (names joined). */
    private static Field ldName(JsonNode article, String field) {
        if (article == null || article.get(field) == null) {
            return Field.NONE;
        }
        JsonNode v = article.get(field);
        List<String> names = new ArrayList<>();
        for (JsonNode x : v.isArray() ? v : List.of(v)) {
            String n = x.isValueNode() ? x.asText() : x.path("name").asText("");
            if (!n.isBlank() && !names.contains(n.strip())) {
                names.add(n.strip());
            }
        }
        return field(String.join("; ", names), "JSON-LD " + field);
    }

    private static Field ldUrl(JsonNode article) {
        if (article == null) {
            return Field.NONE;
        }
        Field u = ld(article, "url");
        if (!u.isEmpty()) {
            return u;
        }
        JsonNode m = article.get("mainEntityOfPage");
        String id = m == null ? "" : m.isValueNode() ? m.asText() : m.path("@id").asText("");
        return field(id, "JSON-LD mainEntityOfPage");
    }

    /**
     * A page's meta tags, read once: by the name, property or itemprop they carry (lower case),
     * the first tag of each, and all of them in page order for tags of a site's own naming.
     */
    private static final class Metas {
        private final List<Element> all;
        private final java.util.Map<String, Element> byName = new java.util.HashMap<>();

        Metas(List<Element> all) {
            this.all = all;
            for (Element e : all) {
                for (String a : new String[] {"property", "name", "itemprop"}) {
                    String key = e.attr(a).toLowerCase(java.util.Locale.ROOT);
                    if (!key.isEmpty() && !e.attr("content").isBlank()) {
                        byName.putIfAbsent(key, e);
                    }
                }
            }
        }

        /** The first of the names (in the list's order) that a tag gives content for. */
        Field first(List<String> names) {
            for (String name : names) {
                Element e = byName.get(name.toLowerCase(java.util.Locale.ROOT));
                if (e != null) {
                    Field f = field(e.attr("content"), "meta " + name);
                    if (!f.isEmpty()) {
                        return f;
                    }
                }
            }
            return Field.NONE;
        }

        /**
         * A tag of the site's own naming that holds a date ("sn-post-date"): named for a date, a
         * time or publishing, not for an update or expiry, and its content reads as a date.
         */
        Field dated() {
            for (Element e : all) {
                String name = (e.attr("name") + " " + e.attr("property") + " " + e.attr("itemprop"))
                        .toLowerCase(java.util.Locale.ROOT);
                boolean dateName = name.contains("date") || name.contains("publish") || name.contains("time");
                boolean other = name.contains("modif") || name.contains("updat") || name.contains("expir");
                if (dateName && !other) {
                    Field f = PageMetadata.dated(field(e.attr("content"),
                            "meta " + (e.hasAttr("name") ? e.attr("name") : e.attr("property"))));
                    if (!f.isEmpty()) {
                        return f;
                    }
                }
            }
            return Field.NONE;
        }
    }

    /** A microdata property: its {@code content} or {@code datetime} attribute, else its text. */
    private static Field itemprop(org.jsoup.nodes.Document page, String prop) {
        Element e = page.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return Field.NONE;
        }
        String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return field(v, "microdata " + prop);
    }

    private static Field time(org.jsoup.nodes.Document page, String css) {
        Element e = page.selectFirst(css);
        return e == null ? Field.NONE : field(e.attr("datetime"), css.contains("pubdate") ? "<time pubdate>" : "<time>");
    }

    private static Field link(org.jsoup.nodes.Document page) {
        Element e = page.selectFirst("link[rel=canonical][href]");
        return e == null ? Field.NONE : field(e.attr("href"), "canonical link");
    }

    private static Field text(Element e, String from) {
        return e == null ? Field.NONE : field(e.text(), from);
    }

    /** The field when a date can be read from it, else none (the next source is tried). */
    private static Field dated(Field f) {
        return f.isEmpty() || Dates.iso(f.value()).isEmpty() ? Field.NONE : f;
    }

    /** A date line is short: a date with a cue or a time beside it, not a sentence that names a day. */
    static final int DATE_LINE_CHARS = 100;
    /** Words a date line may hold beside its date ("Published:", a weekday's time "at 11:08 a.m."). */
    static final int DATE_LINE_OTHER_WORDS = 6;

    /** The first short line of the page's visible text that is mostly a written date, or none. */
    private static Field dateLine(org.jsoup.nodes.Document page) {
        for (String line : Paragraphs.of(page.body())) {
            if (line.length() <= DATE_LINE_CHARS) {
                Dates.Written w = Dates.written(line, Dates.SCAN_WORDS);
                if (w != null && w.lineWords() - w.words() <= DATE_LINE_OTHER_WORDS) {
                    return new Field(w.date(), "page text (date line)");
                }
            }
        }
        return Field.NONE;
    }

    /** Header cells and metadata are short: a value is cut at this many characters. */
    static final int MAX_VALUE = 1_000;

    private static Field field(String value, String from) {
        String v = value == null ? "" : org.jsoup.internal.StringUtil.normaliseWhitespace(value).strip();
        if (v.length() > MAX_VALUE) {
            v = v.substring(0, MAX_VALUE);
        }
        return v.isEmpty() ? Field.NONE : new Field(v, from);
    }

    private static Field first(Field... options) {
        for (Field f : options) {
            if (!f.isEmpty()) {
                return f;
            }
        }
        return Field.NONE;
    }
}
