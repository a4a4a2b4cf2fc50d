package org.claimtally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimtally.extract.Extract;
import org.claimtally.model.Claim;
import org.claimtally.model.Document;
import org.claimtally.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input format and encoding, on small fixtures written for the purpose. */
class IngestTest {
    @TempDir
    Path dir;

    static List<Document> read(Ingest ingest) {
        List<Document> out = new ArrayList<>();
        ingest.forEach(out::add);
        return out;
    }

    Ingest ingest(Path... paths) {
        return new Ingest(new Ingest.Options(List.of(paths)));
    }

    @Test
    void utf8WithAndWithoutBomAndUtf16() throws Exception {
        String text = "Kyiv — “29 missiles” were launched.";
        Files.write(dir.resolve("a.txt"), text.getBytes(StandardCharsets.UTF_8));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(dir.resolve("b.txt"), concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("c.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("d.md"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        Ingest in = ingest(dir);
        List<Document> docs = read(in);
        assertThat(docs).extracting(Document::text).containsOnly(text);
        assertThat(in.problems()).isEmpty();
        // offsets count from the first real character: the BOM is gone
        Claim c = Extract.EXTRACTOR.extract("b.txt", docs.get(1).text()).get(0);
        assertThat(docs.get(1).text().substring(c.start(), c.end())).isEqualTo(c.quote());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252AndSaysSo() throws Exception {
        Files.write(dir.resolve("old.txt"), "Caf\u00e9 owners counted 12 drones \u2013 officials".getBytes(Charset.forName("windows-1252")));
        Ingest in = ingest(dir);
        List<Document> docs = read(in);
        assertThat(docs.get(0).text()).isEqualTo("Café owners counted 12 drones – officials");
        assertThat(in.problems()).extracting(Problem::message).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void htmlPageIsReducedToItsArticle() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/news-article.html"), dir.resolve("page.html"));
        Ingest in = ingest(dir);
        Document d = read(in).get(0);
        assertThat(d.source().title()).isEqualTo("Russia launches 29 missiles and 396 drones at Ukraine");
        assertThat(d.source().outlet()).isEqualTo("World News Daily");
        assertThat(d.source().published()).isEqualTo("2026-02-17T08:15:00Z");
        assertThat(d.source().url()).isEqualTo("https://worldnewsdaily.example/europe/ukraine-strikes-2026-02-17");
        assertThat(d.text()).contains("Ukraine's air force said Russia launched 29 missiles", "More than 150 drones")
                .doesNotContain("cookies", "Top 100", "Fleet Street", "trackPage", "pageviews", "Related", "Shared 4,500");
        List<Claim> claims = Extract.EXTRACTOR.extract(d.id(), d.text());
        assertThat(claims).extracting(Claim::value).contains(29.0, 396.0, 4.0, 25.0, 150.0)
                .doesNotContain(100.0, 10.0, 5.0, 4500.0, 120.0);
    }

    /** Lists and quotes nested a thousand deep: each item's text once, not once per ancestor. */
    @Test
    void nestedBlocksGiveEachTextOnce() throws Exception {
        String html = "<html><body><article>" + "<ul><li>Officials said 12 people were killed. ".repeat(1000)
                + "</li></ul>".repeat(1000) + "<blockquote><p>He said 5 were hurt.</p></blockquote></article></body></html>";
        Files.writeString(dir.resolve("deep.html"), html);
        Document d = read(ingest(dir)).get(0);
        int count = d.text().split("12 people were killed", -1).length - 1;
        assertThat(count).isEqualTo(1000);
        assertThat(d.text().split("5 were hurt", -1).length - 1).isEqualTo(1);
    }

    /** Nesting past what a recursive reader survives: read, each text once, no stack overflow. */
    @Test
    void pagesNestedThousandsDeepAreRead() throws Exception {
        String html = "<html><body><article>" + "<div><p>Officials said 12 people were killed.</p>".repeat(4000)
                + "</div>".repeat(4000) + "</article></body></html>";
        Files.writeString(dir.resolve("deep.html"), html);
        Document d = read(ingest(dir)).get(0);
        assertThat(d.text().split("12 people were killed", -1).length - 1).isEqualTo(4000);
    }

    private Document page(String body) throws Exception {
        Files.writeString(dir.resolve("p.html"), "<html><head><title>Storm hits the coast</title></head><body>" + body
                + "</body></html>");
        return read(ingest(dir)).get(0);
    }

    private static String paragraphs(String... sentences) {
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            b.append("<p>").append(s).append(" The storm moved north through the evening, forecasters said, and "
                    + "crews worked through the night to clear the roads of fallen trees and debris.</p>");
        }
        return b.toString();
    }

    /** Some site frameworks wrap the whole page in one form: the article inside it is kept, a search box is not. */
    @Test
    void aFormWrappingThePageKeepsItsArticle() throws Exception {
        Document d = page("<form id=\"page\"><form><input name=q><p>Search</p></form><div class=\"content\">"
                + paragraphs("The storm left 300 homes without power.", "Two people were injured.", "Schools closed.")
                + "</div></form>");
        assertThat(d.text()).contains("300 homes without power", "Two people were injured");
    }

    /** A page's hidden copies of its headline, summary and dates (schema.org blocks) are not its text. */
    @Test
    void hiddenCopiesAreNotText() throws Exception {
        Document d = page("<article>" + paragraphs("The storm left 300 homes without power.", "Two were hurt.")
                + "<div style=\"display: none\"><div itemprop=\"datePublished\">2019-11-19T08:57:40+01:00</div>"
                + "<div itemprop=\"description\">A summary of 45 words</div></div>"
                + "<p hidden>Another hidden 17 lines</p></article>");
        assertThat(d.text()).contains("300 homes").doesNotContain("2019-11-19", "45 words", "17 lines");
    }

    /** Paragraphs that are only links (other stories) and bare addresses are not the article's sentences. */
    @Test
    void linkListsAndBareAddressesAreDropped() throws Exception {
        Document d = page("<article>" + paragraphs("The storm left 300 homes without power.", "Two were hurt.")
                + "<p>https://news.example/storm-300-homes</p><ul><li><a href=\"/a\">25 best beaches of the year</a></li>"
                + "<li><a href=\"/b\">Top 10 recipes for a rainy day</a></li></ul>"
                + "<p>Read the <a href=\"/report\">full report</a> on the 40 roads closed by the storm.</p></article>");
        assertThat(d.text()).contains("300 homes", "40 roads closed")
                .doesNotContain("25 best beaches", "Top 10 recipes", "https://news.example");
    }

    @Test
    void htmlInATxtFileIsRecognisedByContent() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/news-article.html"), dir.resolve("saved.txt"));
        Document d = read(ingest(dir)).get(0);
        assertThat(d.source().outlet()).isEqualTo("World News Daily");
        assertThat(d.text()).doesNotContain("<p>");
    }

    @Test
    void jsonLinesWithABrokenLine() throws Exception {
        Files.writeString(dir.resolve("wire.jsonl"), """
                {"id": "a1", "title": "DRONES", "text": "Russia launched 40 drones.", "outlet": "Wire", "published": "2026-02-01"}
                {"id": "a2", "text": "broken \\
                {"id": "a3", "body": "Ukraine fired 12 missiles.", "source": "Other", "date": "2026-02-02"}

                {"id": "a4", "headline": "no text here"}
                """);
        Ingest in = ingest(dir);
        List<Document> docs = read(in);
        assertThat(docs).extracting(Document::id).containsExactly("wire.jsonl#a1", "wire.jsonl#a3");
        assertThat(docs.get(0).text()).isEqualTo("DRONES\n\nRussia launched 40 drones.");
        assertThat(docs.get(1).source().outlet()).isEqualTo("Other");
        assertThat(docs.get(1).source().published()).isEqualTo("2026-02-02");
        assertThat(in.problems()).extracting(Problem::where).containsExactly("line 2", "line 5");
        assertThat(in.problems().get(0).message()).startsWith("broken JSON");
    }

    @Test
    void csvWithQuotedNewlinesAndAFieldMapping() throws Exception {
        Files.writeString(dir.resolve("export.csv"), "uid,copy,paper\n7,\"Russia launched 40 drones.\nThen 12 more.\",Daily\n"
                + "8,\"Ukraine, officials said, fired 3 missiles.\",Weekly\n");
        Ingest plain = ingest(dir);
        assertThat(read(plain)).isEmpty();
        assertThat(plain.problems().get(0).message()).contains("no text column", "--field text=NAME");
        Ingest mapped = new Ingest(new Ingest.Options(List.of(dir), null, Ingest.Options.DEFAULT_MAX_BYTES,
                Map.of("text", "copy", "outlet", "paper", "id", "uid")));
        List<Document> docs = read(mapped);
        assertThat(docs).extracting(Document::id).containsExactly("export.csv#7", "export.csv#8");
        assertThat(docs.get(0).text()).isEqualTo("Russia launched 40 drones.\nThen 12 more.");
        assertThat(docs.get(1).source().outlet()).isEqualTo("Weekly");
    }

    @Test
    void sourcesFileHeadersAnyCaseExtraColumnsKeptMissingFilesReported() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Russia launched 29 missiles.");
        Files.writeString(dir.resolve("sources.csv"), "File,OUTLET,Published,Title,Region\n"
                + "a.txt,Daily,2026-02-17,Strikes,Europe\nghost.txt,Nobody,,,\n,,,,\n");
        Ingest in = ingest(dir);
        Document d = read(in).get(0);
        in.reportUnmatchedSources();
        assertThat(d.source().outlet()).isEqualTo("Daily");
        assertThat(d.source().extra()).containsEntry("Region", "Europe");
        assertThat(in.problems()).extracting(Problem::oneLine).anySatisfy(l -> assertThat(l).contains("line 4",
                "no file name")).anySatisfy(l -> assertThat(l).contains("ghost.txt", "no such article"));
    }

    @Test
    void articleWithoutARowIsNamedByItsFileAndFirstLine() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "\n\n  Headline here  \nBody with 3 drones.");
        Document d = read(ingest(dir)).get(0);
        assertThat(d.source().displayName()).isEqualTo("x.txt");
        assertThat(d.source().title()).isEqualTo("Headline here");
    }

    @Test
    void identicalFilesAreReadOnce() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Russia launched 29 missiles.");
        Files.writeString(dir.resolve("b.txt"), "Russia launched 29 missiles.");
        Ingest in = ingest(dir);
        assertThat(read(in)).extracting(Document::id).containsExactly("a.txt");
        assertThat(in.problems().get(0).oneLine()).contains("b.txt", "byte-identical to", "a.txt", "read once");
    }

    @Test
    void sameFileNameInTwoFoldersGetsReadableIds() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/story.txt"), "Russia launched 29 missiles.");
        Files.writeString(dir.resolve("y/story.txt"), "Ukraine launched 9 drones.");
        assertThat(read(ingest(dir))).extracting(Document::id).containsExactly("x/story.txt", "y/story.txt");
    }

    @Test
    void boilerplateLinesAreNoClaims() {
        String text = "Russia launched 29 missiles.\nLegal Disclaimer:\nLeave a Comment\n"
                + "Your email address is never shown. Required fields are marked *\n© 2026 Some Outlet, 3 rights\n";
        assertThat(Extract.claims(text)).extracting(Claim::value).containsExactly(29.0);
    }

    @Test
    void readsLazilyOneFileAtATime() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("f" + i + ".txt"), "Story " + i + " counted 3 drones.");
        }
        Ingest in = ingest(dir);
        var it = in.iterator();
        assertThat(it.next().id()).isEqualTo("f0.txt");
        Files.delete(dir.resolve("f4.txt")); // not read yet, so its loss is reported, not fatal
        List<String> rest = new ArrayList<>();
        it.forEachRemaining(d -> rest.add(d.id()));
        assertThat(rest).containsExactly("f1.txt", "f2.txt", "f3.txt");
        assertThat(in.problems()).extracting(Problem::file).anyMatch(f -> f.endsWith("f4.txt"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
