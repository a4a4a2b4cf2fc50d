package org.claimtally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimtally.model.DocSummary;

/** The columns of the Sources table: one row per article read, in every output format. */
public final class SourceColumns {
    private SourceColumns() {
    }

    /** The fixed columns. */
    public static final List<Column<DocSummary>> FIXED = List.of(
            new Column<>("file", DocSummary::id),
            new Column<>("outlet", d -> d.source().outlet()),
            new Column<>("title", d -> d.source().title()),
            new Column<>("published", d -> d.source().published()),
            new Column<>("published from", d -> d.source().publishedFrom()),
            new Column<>("url", d -> d.source().url()),
            new Column<>("words", d -> (double) d.words()),
            new Column<>("claims", d -> (double) d.claims()),
            new Column<>("syndication group", DocSummary::syndicationGroup));

    /** The fixed columns, then every extra field a document carries (a sources file's own columns, a page's author), sorted. */
    public static List<Column<DocSummary>> of(List<DocSummary> docs) {
        Set<String> extra = new TreeSet<>();
        docs.forEach(d -> extra.addAll(d.source().extra().keySet()));
        List<Column<DocSummary>> cols = new ArrayList<>(FIXED);
        for (String e : extra) {
            cols.add(new Column<>(e, d -> d.source().extra().getOrDefault(e, "")));
        }
        return cols;
    }
}
