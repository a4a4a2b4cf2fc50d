package org.claimtally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page's metadata as sites publish it, each field with where it came from; invented pages. */
class PageMetadataTest {
    @TempDir
    Path dir;

    private static final String BODY = "<body><article><p>Officials said 12 people were hurt when the storm hit the "
            + "coast, and crews cleared roads through the night.</p></article></body></html>";

    private Ingest ingested(String head) throws Exception {
        Files.writeString(dir.resolve("p.html"), "<html><head>" + head + "</head>" + BODY);
        return new Ingest(new Ingest.Options(List.of(dir.resolve("p.html"))));
    }

    private Document page(String head) throws Exception {
        return IngestTest.read(ingested(head)).get(0);
    }

    @Test
    void jsonLdInAGraphWithTypeListsAndAuthorLists() throws Exception {
        Document d = page("""
                <title>Storm | Site</title>
                <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"},
                  {"@type": ["NewsArticle"], "headline": "Storm hits the coast", "datePublished": "2024-03-05T06:00:00Z",
                   "dateModified": "2024-03-05T09:30:00Z", "author": [{"name": "Ann Lee"}, {"name": "Bo Park"}],
                   "publisher": {"@type": "Organization", "name": "Coast Herald"},
                   "mainEntityOfPage": {"@id": "https://herald.example/storm"}}]}</script>""");
        assertThat(d.source().title()).isEqualTo("Storm hits the coast");
        assertThat(d.source().outlet()).isEqualTo("Coast Herald");
        assertThat(d.source().published()).isEqualTo("2024-03-05T06:00:00Z");
        assertThat(d.source().publishedFrom()).isEqualTo("page: JSON-LD datePublished");
        assertThat(d.source().url()).isEqualTo("https://herald.example/storm");
        assertThat(d.source().extra()).containsEntry("author", "Ann Lee; Bo Park")
                .containsEntry("updated", "2024-03-05T09:30:00Z");
        assertThat(d.source().extra().get("page metadata from")).contains("title: JSON-LD headline",
                "outlet: JSON-LD publisher", "url: JSON-LD mainEntityOfPage");
    }

    @Test
    void openGraphArticleTagsAndCanonicalLink() throws Exception {
        Document d = page("""
                <meta property="og:title" content="Storm hits the coast"><meta property="og:site_name" content="Coast Herald">
                <meta property="article:published_time" content="2024-03-05T06:00:00+01:00">
                <link rel="canonical" href="https://herald.example/storm"><meta name="author" content="Ann Lee">""");
        assertThat(d.source().outlet()).isEqualTo("Coast Herald");
        assertThat(d.source().published()).isEqualTo("2024-03-05T06:00:00+01:00");
        assertThat(d.source().publishedFrom()).isEqualTo("page: meta article:published_time");
        assertThat(d.source().url()).isEqualTo("https://herald.example/storm");
        assertThat(d.source().extra()).containsEntry("author", "Ann Lee");
    }

    /** Dates as pages write them, in metadata of several conventions. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta name=\"DC.date.issued\" content=\"2024-03-05\">|2024-03-05|meta DC.date.issued",
        "<meta name=\"pubdate\" content=\"20240305\">|2024-03-05|meta pubdate",
        "<meta name=\"sn-post-date\" content=\"2024/03/05\">|2024-03-05|meta sn-post-date",
        "<meta itemprop=\"datePublished\" content=\"Tue Mar 05 2024 06:00:00 GMT+0000\">|2024-03-05|meta datePublished",
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"06:00 AM IST Mar 5, 2024\"}</script>|2024-03-05|JSON-LD datePublished",
        "<meta name=\"date\" content=\"5. März 2024\">|2024-03-05|meta date"})
    void datesInManyConventions(String head, String date, String from) throws Exception {
        Document d = page(head);
        assertThat(d.source().published()).isEqualTo(date);
        assertThat(d.source().publishedFrom()).isEqualTo("page: " + from);
    }

    @Test
    void aDateLineOfThePageWhenNoTagGivesOne() throws Exception {
        Files.writeString(dir.resolve("p.html"), "<html><body><div class=\"meta\"><p>Published: Tuesday, March 5th, 2024 "
                + "at 6:00 a.m.</p></div><article><p>On March 1, 2024 officials said 12 people were hurt in a storm "
                + "that hit the coast overnight.</p></article></body></html>");
        Document d = IngestTest.read(new Ingest(new Ingest.Options(List.of(dir.resolve("p.html"))))).get(0);
        assertThat(d.source().published()).isEqualTo("2024-03-05");
        assertThat(d.source().publishedFrom()).isEqualTo("page: page text (date line)");
    }

    @Test
    void brokenJsonLdIsPassedOverAndAPageWithoutDatesIsReported() throws Exception {
        Ingest in = ingested("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
                + "<meta name=\"date\" content=\"soon\">");
        Document d = IngestTest.read(in).get(0);
        assertThat(d.source().published()).isEmpty();
        assertThat(in.problems()).extracting(Problem::message).anyMatch(m -> m.contains("'soon'") && m.contains("is no date"))
                .anyMatch(m -> m.startsWith("page states no publication date") && m.endsWith("and no outlet"));
    }

    @Test
    void aSourcesFileWinsAndThePageFillsTheRest() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "file,outlet,url,published,title\np.html,Wire Desk,,2024-03-04,\n");
        Files.writeString(dir.resolve("p.html"), "<html><head><meta property=\"og:site_name\" content=\"Coast Herald\">"
                + "<meta property=\"og:title\" content=\"Storm hits the coast\"><meta property=\"article:published_time\" "
                + "content=\"2024-03-05\"></head>" + BODY);
        Document d = IngestTest.read(new Ingest(new Ingest.Options(List.of(dir)))).get(0);
        assertThat(d.source().outlet()).isEqualTo("Wire Desk");
        assertThat(d.source().published()).isEqualTo("2024-03-04");
        assertThat(d.source().title()).isEqualTo("Storm hits the coast");
    }
}
