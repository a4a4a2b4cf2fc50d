package org.claimtally.report.xlsx;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.claimtally.model.Claim;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Numbers;
import org.claimtally.report.Cells;

/** Every claim, one row each, streamed; continues on further sheets past the row limit. */
final class ClaimsSheet {
    static final String[] HEADER = {"Claim", "Fact", "Source", "Published", "Document", "Quote", "Figure", "Value", "Low", "High",
        "Qualifier", "Interval", "Category", "Core", "Action", "Actor", "Claimant", "Time", "Days", "Scope", "Trend", "Sentence",
        "Start", "End", "Cues"};

    private ClaimsSheet() {
    }

    /** {@code factOf}: each claim's fact id by position in {@code claims}, null for none. */
    static int write(Workbook wb, Styles st, List<Claim> claims, String[] factOf,
                     Map<String, DocSummary> docs, ClaimLocator loc) {
        SheetOut out = new SheetOut(wb.createSheet(ClaimLocator.sheetName(0)), st, loc.rowsPerSheet());
        out.header(java.util.Set.of("Value", "Low", "High", "Start", "End"), HEADER);
        for (int i = 0; i < claims.size(); i++) {
            String fact = factOf[i];
            row(out, claims.get(i), fact == null ? "" : fact, docs);
        }
        out.width(5, 40);
        out.width(21, 80);
        out.finishTable(HEADER.length);
        return out.parts();
    }

    private static void row(SheetOut out, Claim c, String fact, Map<String, DocSummary> docs) {
        out.newRow();
        out.text(c.id());
        out.text(fact);
        DocSummary d = docs.get(c.doc());
        out.text(d == null ? c.doc() : d.source().displayName());
        out.date(d == null ? "" : d.source().published());
        out.text(c.doc());
        out.text(c.quote());
        out.text(c.figure());
        out.number(c.value());
        out.number(c.low());
        out.number(c.high());
        out.text(c.qualifier().label());
        out.text(interval(c));
        out.text(c.category());
        out.text(c.core() ? "yes" : "no");
        out.text(c.action());
        out.text(c.actor());
        out.text(c.claimant());
        out.text(c.time());
        out.text(c.when().text());
        out.text(c.when().scope().label());
        out.text(c.trend().label());
        out.text(Cells.sentenceWindow(c));
        out.number(c.start());
        out.number(c.end());
        out.text(c.cues());
    }

    /** The interval the words allow, as an analyst writes it: "[396, 396]", "≥ 150", "≤ 400". */
    static String interval(Claim c) {
        return switch (c.qualifier()) {
            case EXACT -> Numbers.grouped(c.value());
            case MIN -> "\u2265 " + Numbers.grouped(c.low());
            case MAX -> "\u2264 " + Numbers.grouped(c.high());
            case APPROX -> "\u2248 " + Numbers.grouped(c.value());
            case RANGE, VAGUE -> Numbers.grouped(c.low()) + "\u2013" + Numbers.grouped(c.high());
        };
    }
}
