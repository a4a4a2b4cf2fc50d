package org.claimtally.report.xlsx;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Workbook;
import org.claimtally.model.DocSummary;

/** One row per document: where it came from, its size, its claims and syndication group. */
final class SourcesSheet {
    private SourcesSheet() {
    }

    static void write(Workbook wb, Styles st, List<DocSummary> docs) {
        SheetOut out = new SheetOut(wb.createSheet("Sources"), st, WorkbookWriter.EXCEL_ROWS);
        Set<String> extra = new TreeSet<>();
        docs.forEach(d -> extra.addAll(d.source().extra().keySet()));
        String[] fixed = {"File", "Outlet", "Title", "Published", "Published from", "URL", "Words", "Claims", "Syndication group"};
        String[] header = new String[fixed.length + extra.size()];
        System.arraycopy(fixed, 0, header, 0, fixed.length);
        int k = fixed.length;
        for (String e : extra) {
            header[k++] = e;
        }
        out.header(header);
        for (DocSummary d : docs) {
            out.newRow();
            out.text(d.id());
            out.text(d.source().outlet());
            out.text(d.source().title());
            out.date(d.source().published());
            out.text(d.source().publishedFrom());
            out.url(d.source().url());
            out.number(d.words());
            out.number(d.claims());
            out.text(d.syndicationGroup());
            for (String e : extra) {
                out.text(d.source().extra().getOrDefault(e, ""));
            }
        }
        out.width(2, 50);
        out.finishTable(header.length);
    }
}
