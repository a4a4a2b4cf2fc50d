package org.claimtally.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.RunResult;
import org.claimtally.report.ReportWriter;

/**
 * The Excel workbook: Summary, Facts, By source, Claims, Sources, Problems. Summary (with
 * its chart) is built in memory; the other sheets stream through SXSSF so memory stays flat
 * however many claims there are.
 */
public final class WorkbookWriter implements ReportWriter {
    /** Data rows per Claims sheet: Excel's 1,048,576 rows less the header. */
    public static final int EXCEL_ROWS = 1_048_575;
    private static final int WINDOW = 200;
    private final String version;
    private final int claimRowsPerSheet;
    private final Map<String, org.claimtally.model.FactNote> notes;

    public WorkbookWriter(String version) {
        this(version, EXCEL_ROWS);
    }

    /** With the analyst's verdicts and notes of an earlier run, by fact id, shown on the same facts. */
    public WorkbookWriter(String version, Map<String, org.claimtally.model.FactNote> notes) {
        this(version, EXCEL_ROWS, notes);
    }

    /** With a smaller Claims sheet, for tests of the overflow onto "Claims (2)". */
    public WorkbookWriter(String version, int claimRowsPerSheet) {
        this(version, claimRowsPerSheet, Map.of());
    }

    private WorkbookWriter(String version, int claimRowsPerSheet, Map<String, org.claimtally.model.FactNote> notes) {
        if (claimRowsPerSheet < 1 || claimRowsPerSheet > EXCEL_ROWS) {
            throw new IllegalArgumentException("claim rows per sheet must be 1.." + EXCEL_ROWS);
        }
        this.version = version;
        this.claimRowsPerSheet = claimRowsPerSheet;
        this.notes = Map.copyOf(notes);
    }

    @Override
    public void write(RunResult r, OutputStream out) throws IOException {
        try (XSSFWorkbook template = new XSSFWorkbook()) {
            Styles st = new Styles(template);
            ClaimLocator loc = new ClaimLocator(r.claims(), claimRowsPerSheet);
            List<String> docs = r.documents().stream().map(DocSummary::id).toList();
            Map<String, DocSummary> byId = byId(r.documents());
            UnaryOperator<String> names = sourceNames(r.documents(), byId);
            boolean wide = docs.size() <= BySourceSheet.MAX_WIDE;
            List<String> notes = new ArrayList<>();
            int parts = loc.sheets(r.claims().size());
            if (parts > 1) {
                notes.add(r.claims().size() + " claims are more than one sheet holds: they continue on "
                        + ClaimLocator.sheetName(1) + (parts > 2 ? " to " + ClaimLocator.sheetName(parts - 1) : ""));
            }
            if (!wide) {
                notes.add(docs.size() + " sources are too many for a readable matrix: 'By source' is in long form "
                        + "(one row per source of each fact stated by two or more documents) and 'Facts' lists "
                        + "figures in one column");
            }
            SummarySheet.write(template.createSheet("Summary"), st, r, factRows(r.facts()), notes, version);
            PoiTempFolder.use();
            SXSSFWorkbook wb = new FastZipWorkbook(template, WINDOW);
            try {
                FactsSheet.write(wb, st, r.facts(), wide ? docs : List.of(), wide, loc, claimRowsPerSheet, this.notes);
                BySourceSheet.write(wb, st, r.facts(), r.claims(), docs, names);
                ClaimsSheet.write(wb, st, r.claims(), factOf(r, loc), byId, loc);
                SourcesSheet.write(wb, st, r.documents());
                ProblemsSheet.write(wb, st, r.problems());
                properties(template.getProperties());
                long t0 = System.nanoTime();
                wb.write(out);
                if (Boolean.getBoolean("claimtally.timings")) {
                    System.err.printf(java.util.Locale.ROOT, "timing: %-16s %7.2f s%n", "zip workbook",
                            (System.nanoTime() - t0) / 1e9);
                }
            } finally {
                wb.dispose();
            }
        }
    }

    private void properties(POIXMLProperties p) {
        p.getCoreProperties().setTitle("claimtally report: figure claims and facts across sources");
        p.getCoreProperties().setCreator("claimtally " + version);
        p.getCoreProperties().setDescription("Every figure links to its claim, quote and source.");
        p.getExtendedProperties().setApplication("claimtally");
    }

    /**
     * Names for sources: the outlet, with the document id when one outlet has several articles.
     * Made when asked for: a large run has a hundred thousand documents and names few of them.
     */
    static UnaryOperator<String> sourceNames(List<DocSummary> docs, Map<String, DocSummary> byId) {
        Map<String, Integer> count = new HashMap<>();
        docs.forEach(d -> count.merge(d.source().displayName(), 1, Integer::sum));
        return id -> {
            DocSummary d = byId.get(id);
            if (d == null) {
                return id;
            }
            String n = d.source().displayName();
            return count.get(n) > 1 && !n.equals(id) ? n + " (" + id + ")" : n;
        };
    }

    /** Link targets of the facts, by the same paging as the Facts sheet. */
    private Map<String, String> factRows(List<Fact> facts) {
        Map<String, String> rows = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            rows.put(facts.get(i).id(), SheetOut.address("Facts", i, claimRowsPerSheet));
        }
        return rows;
    }

    /** Each claim's fact id, by claim row: an array, since a large run has a million claims. */
    private static String[] factOf(RunResult r, ClaimLocator loc) {
        String[] ids = new String[r.claims().size()];
        for (Fact f : r.facts()) {
            for (int k = 0; k < f.members().size(); k++) {
                int i = loc.index(f, k);
                if (i >= 0) {
                    ids[i] = f.id();
                }
            }
        }
        return ids;
    }

    private static Map<String, DocSummary> byId(List<DocSummary> docs) {
        Map<String, DocSummary> m = new HashMap<>();
        docs.forEach(d -> m.put(d.id(), d));
        return m;
    }
}
