package org.claimtally.ingest;

import java.util.List;

/**
 * Takes a saved web page's article out of its furniture (menus, captions, related stories,
 * comments). The page's metadata is read before an extractor runs, since extractors may
 * change the page they are given.
 */
interface ArticleExtractor {
    /** The article's paragraphs in reading order, without the page's title; empty when it has none. */
    List<String> paragraphs(org.jsoup.nodes.Document page, String url);
}
