package org.claimtally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimtally.extract.Extract;
import org.claimtally.model.Claim;
import org.claimtally.model.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Articles saved as web pages, with the furniture of three kinds of site (a newspaper with
 * menus, captions, related stories and comments; a broadcaster whose framework wraps the page
 * in a form, with hidden schema.org copies; a blog with widgets and tags), give the same
 * claims as their text versions. The pages are built from templates written for this test,
 * around the bundled seed articles and, when {@code ../shared} is beside the repository, one
 * article of each of a dozen outlets of the conflict corpus.
 */
class SavedPagesTest {
    private static final List<String> TEMPLATES = List.of("newspaper", "broadcaster", "blog");
    /** Outlets of the shared corpus tried (the first article of each, in outlet order). */
    private static final int OUTLETS = 12;

    @TempDir
    Path dir;

    static Stream<Arguments> pages() throws IOException {
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("input"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(articles::add);
        }
        articles.addAll(corpusArticles());
        List<Arguments> out = new ArrayList<>();
        for (Path a : articles) {
            for (String t : TEMPLATES) {
                out.add(Arguments.of(t, a));
            }
        }
        return out.stream();
    }

    /** One article per outlet of the shared conflict corpus, when it is there. */
    private static List<Path> corpusArticles() throws IOException {
        Path corpus = Path.of(System.getProperty("claimtally.shared", "../shared")).resolve("corpus/conflict");
        Path manifest = corpus.resolve("MANIFEST.csv");
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        Map<String, Path> byOutlet = new TreeMap<>();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(manifest, StandardCharsets.UTF_8))) {
            for (org.apache.commons.csv.CSVRecord r : p) {
                Path f = corpus.resolve(r.get("file"));
                if (Files.isRegularFile(f)) {
                    byOutlet.merge(r.get("outlet"), f, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            }
        }
        return byOutlet.values().stream().limit(OUTLETS).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pages")
    void aSavedPageGivesTheClaimsOfItsText(String template, Path article) throws Exception {
        String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String title = lines.get(0);
        StringBuilder paragraphs = new StringBuilder();
        for (String l : lines.subList(1, lines.size())) {
            paragraphs.append("<p>").append(Entities.escape(l)).append("</p>\n");
        }
        String page = Files.readString(Path.of("src/test/resources/fixtures/pages/" + template + ".html"))
                .replace("{{TITLE_JSON}}", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(title))
                .replace("{{TITLE}}", Entities.escape(title)).replace("{{SLUG}}", "story")
                .replace("{{DATE}}", "2026-02-17").replace("{{PARAGRAPHS}}", paragraphs);
        Files.writeString(dir.resolve("page.html"), page);
        Document html = IngestTest.read(new Ingest(new Ingest.Options(List.of(dir.resolve("page.html"))))).get(0);

        assertThat(html.source().published()).startsWith("2026-02-17");
        assertThat(claims(html.id(), html.text())).isEqualTo(claims(html.id(), String.join("\n", lines)));
    }

    /** What a reader compares of each claim: its quote, figure and roles, in text order. */
    private static List<String> claims(String id, String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : Extract.EXTRACTOR.extract(id, text)) {
            out.add(String.join(" | ", c.quote(), c.category(), String.valueOf(c.value()), String.valueOf(c.low()),
                    String.valueOf(c.high()), c.qualifier().toString(), c.actor(), c.claimant(), c.time()));
        }
        return out;
    }
}
