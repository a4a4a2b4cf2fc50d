package org.claimtally.report.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.claimtally.model.DocSummary;
import org.claimtally.model.Fact;
import org.claimtally.model.Grade;
import org.claimtally.model.RunResult;
import org.claimtally.model.Status;

/**
 * What was read and what stands out: counts, the top conflicts, the most corroborated facts
 * and a chart of the low–high range of the largest facts. Deterministic: no clock time in
 * cells (the run time is in the document properties).
 */
final class SummarySheet {
    private static final int TOP = 10;
    private static final int CHART_FACTS = 8;

    private SummarySheet() {
    }

    static void write(XSSFSheet sheet, Styles st, RunResult r, Map<String, String> factRow, List<String> notes,
                      String version) {
        SheetOut out = new SheetOut(sheet, st);
        out.newRow();
        out.styled("claimtally report", st.title);
        long outlets = r.documents().stream().map(d -> d.source().displayName()).distinct().count();
        long core = r.coreClaims();
        pair(out, st, "Articles read", r.documents().size());
        pair(out, st, "Sources (outlets)", outlets);
        pair(out, st, "Claims", r.claims().size());
        pair(out, st, "Core claims", core);
        pair(out, st, "Facts", r.facts().size());
        pair(out, st, "Conflicts", r.conflicts());
        pair(out, st, "Corroborated facts", r.corroborated());
        pair(out, st, "Contested facts", r.facts().stream().filter(f -> f.grade() == Grade.CONTESTED).count());
        pair(out, st, "Problems with inputs", r.problems().size());
        textPair(out, st, "Articles published", published(r.documents()));
        textPair(out, st, "Read with", r.inputs());
        textPair(out, st, "Lexicon", r.lexicon());
        textPair(out, st, "Made by", "claimtally " + version);
        for (String n : notes) {
            textPair(out, st, "Note", n);
        }
        out.newRow();
        // core facts first (tolls, weapons, prisoners): a war's "four years" agreed by ten articles says
        // little of what the sources dispute
        List<Fact> conflicts = r.facts().stream().filter(f -> f.status() == Status.CONFLICT)
                .sorted(Comparator.comparing((Fact f) -> !f.core()).thenComparing(f -> -f.documents())
                        .thenComparing(Fact::id)).limit(TOP).toList();
        factTable(out, st, "Top conflicts", conflicts, factRow, r.claims());
        out.newRow();
        List<Fact> corroborated = r.facts().stream().filter(f -> f.grade() == Grade.CORROBORATED)
                .sorted(Comparator.comparing((Fact f) -> !f.core()).thenComparing(f -> -f.originators())
                        .thenComparing(Fact::id)).limit(TOP).toList();
        factTable(out, st, "Most corroborated", corroborated, factRow, r.claims());
        out.newRow();
        categories(out, st, org.claimtally.report.tables.ReportTables.categories(r));
        out.newRow();
        chart(sheet, out, st, r.facts(), r.claims());
        out.width(0, 22);
        out.width(1, 50);
        out.width(2, 16);
        out.width(3, 14);
        out.width(4, 60);
        out.applyWidths();
        out.printable();
    }

    private static void pair(SheetOut out, Styles st, String label, long value) {
        out.newRow();
        out.styled(label, st.label);
        out.number(value);
    }

    private static void textPair(SheetOut out, Styles st, String label, String value) {
        out.newRow();
        out.styled(label, st.label);
        out.text(value);
    }

    private static String published(List<DocSummary> docs) {
        TreeSet<String> dates = new TreeSet<>();
        for (DocSummary d : docs) {
            String p = d.source().published();
            if (p.length() >= 10) {
                dates.add(p.substring(0, 10));
            }
        }
        if (dates.isEmpty()) {
            return "unknown (no dates in the sources)";
        }
        String span = dates.first().equals(dates.last()) ? dates.first() : dates.first() + " to " + dates.last();
        return span + " (" + dates.size() + " distinct days; " + (docs.size() - countDated(docs)) + " undated)";
    }

    private static long countDated(List<DocSummary> docs) {
        return docs.stream().filter(d -> d.source().published().length() >= 10).count();
    }

    private static void factTable(SheetOut out, Styles st, String title, List<Fact> facts, Map<String, String> factRow,
                                  List<org.claimtally.model.Claim> claims) {
        out.newRow();
        out.styled(title, st.label);
        if (facts.isEmpty()) {
            out.text("none");
            return;
        }
        out.newRow();
        out.styled("Fact", st.header);
        out.styled("What", st.header);
        out.styled("Range", st.header);
        out.styled("Originators", st.header);
        out.styled("Figures by source", st.header);
        for (Fact f : facts) {
            out.newRow();
            String target = factRow.get(f.id());
            if (target != null) {
                out.internalLink(f.id(), target);
            } else {
                out.text(f.id());
            }
            out.text(f.what());
            out.text(f.rangeText());
            out.number(f.originators());
            out.text(org.claimtally.report.FactColumns.figures(f, claims));
        }
    }

    /** Claims and documents per category (computed by the report tables). */
    private static void categories(SheetOut out, Styles st, org.claimtally.report.tables.SheetTable t) {
        out.newRow();
        out.styled("Claims by category", st.label);
        out.newRow();
        out.styled("Category", st.header);
        out.styled("Claims", st.header);
        out.styled("Documents", st.header);
        for (int i = 0; i < t.rows(); i++) {
            out.newRow();
            out.text((String) t.cell(i, 0));
            out.number((Double) t.cell(i, 1));
            out.number((Double) t.cell(i, 2));
        }
    }

    /** A bar chart of low and high figure for the facts backed by most documents. */
    private static void chart(XSSFSheet sheet, SheetOut out, Styles st, List<Fact> facts,
                              List<org.claimtally.model.Claim> claims) {
        List<Fact> top = new ArrayList<>(facts.stream().filter(f -> f.core() && f.low() != null && f.high() != null
                        && f.low() > 0 && f.members().stream().anyMatch(m -> m.claim(claims).value() != null))
                .sorted(Comparator.comparing((Fact f) -> -f.documents()).thenComparing(Fact::id))
                .limit(CHART_FACTS).toList());
        if (top.isEmpty()) {
            return;
        }
        out.newRow();
        out.styled("Largest facts: low and high figure across sources", st.label);
        int headerRow = out.newRow();
        out.styled("Fact", st.header);
        out.styled("What", st.header);
        out.styled("Low", st.header);
        out.styled("High", st.header);
        for (Fact f : top) {
            out.newRow();
            out.text(f.id());
            out.text(f.id() + " " + f.what()); // the chart's bar label: the id finds its row in Facts
            out.number(f.low());
            out.number(f.high());
        }
        int first = headerRow + 1;
        int last = headerRow + top.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // below its data, so it prints on the page with the tables
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 3, last + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Lowest and highest figure across sources (log scale)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setTitle("figure");
        y.setLogBase(10.0); // tolls of 4 and of 400,000 side by side
        var labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        XDDFNumericalDataSource<Double> lows = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 2, 2));
        XDDFNumericalDataSource<Double> highs = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 3, 3));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.BAR);
        var low = data.addSeries(labels, lows);
        low.setTitle("low", null);
        low.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        var high = data.addSeries(labels, highs);
        high.setTitle("high", null);
        high.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.DARK_ORANGE)));
        data.setVaryColors(false);
        chart.plot(data);
    }
}
