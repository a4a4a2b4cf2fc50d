package org.claimtally.report.xlsx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.report.Cells;

/**
 * One row per fact: key, range, status (coloured), grade, counts, then one column per source
 * with its figure as written, each linked to the claim's row in Claims.
 */
final class FactsSheet {
    static final String[] FIXED = {"Fact", "What", "Category", "Subject", "Action", "Actor", "Time", "Days", "Scope", "Place",
        "First report", "Last report", "Range", "Low", "High", "Best", "Spread", "Status", "Grade", "Documents", "Outlets",
        "Originators", "Core", "Verdict", "Notes"};
    static final int STATUS_COL = java.util.Arrays.asList(FIXED).indexOf("Status");
    /** The columns of numbers. */
    static final java.util.Set<String> NUMBERS = java.util.Set.of("Low", "High", "Best", "Spread", "Documents", "Outlets",
            "Originators");
    /** Long lists are cut in a cell: the full detail is one click away (By source, Claims). */
    static final int LONG_TEXT = 600;

    private FactsSheet() {
    }

    static void write(Workbook wb, Styles st, List<Fact> facts, List<String> sources, boolean wide, ClaimLocator loc,
                      int rowsPerSheet, Map<String, org.claimtally.model.FactNote> notes) {
        SheetOut out = new SheetOut(wb.createSheet("Facts"), st, rowsPerSheet);
        String[] header = header(sources, wide);
        out.header(NUMBERS, header);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            col.put(sources.get(i), i);
        }
        for (Fact f : facts) {
            row(out, f, sources, wide, col, loc, notes.getOrDefault(f.id(), EMPTY));
        }
        out.width(header.length - 1, 45); // "why grouped" reads fine wrapped at this width
        out.finishTable(header.length);
        colourStatus(out, Math.min(facts.size(), rowsPerSheet));
    }

    private static String[] header(List<String> sources, boolean wide) {
        int extra = wide ? sources.size() : 1;
        String[] h = new String[FIXED.length + extra + 1];
        System.arraycopy(FIXED, 0, h, 0, FIXED.length);
        if (wide) {
            for (int i = 0; i < sources.size(); i++) {
                h[FIXED.length + i] = sources.get(i);
            }
        } else {
            h[FIXED.length] = "Figures by source";
        }
        h[h.length - 1] = "Why grouped";
        return h;
    }

    private static final org.claimtally.model.FactNote EMPTY = new org.claimtally.model.FactNote("", "");

    private static void row(SheetOut out, Fact f, List<String> sources, boolean wide, Map<String, Integer> col,
                            ClaimLocator loc, org.claimtally.model.FactNote note) {
        out.newRow();
        String first = loc.link(f, 0);
        if (first != null) {
            out.internalLink(f.id(), first);
        } else {
            out.text(f.id());
        }
        out.text(f.what()); // which event: what was counted, by whom, where and when
        out.text(f.category());
        out.text(f.subject());
        out.text(f.action());
        out.text(f.actor());
        out.text(f.time());
        out.text(f.when().text());
        out.text(f.when().scope().label());
        out.text(f.reports().place());
        out.date(org.claimtally.report.FactColumns.day(f.reports().first())); // dates as dates, to sort and filter on
        out.date(org.claimtally.report.FactColumns.day(f.reports().last()));
        out.text(f.rangeText());
        // each document's shown figure, fetched once (a large run reads claims from disk)
        List<FactMember> members = f.members();
        Claim[] shown = new Claim[members.size()];
        List<Claim> primary = new java.util.ArrayList<>();
        for (int k = 0; k < shown.length; k++) {
            if (members.get(k).primary()) { // its other mentions are in Claims
                shown[k] = loc.claim(members.get(k));
                primary.add(shown[k]);
            }
        }
        Bounds b = Bounds.of(f, primary);
        out.number(f.low(), b.low(), b.unit());
        out.number(f.high(), b.high(), b.unit());
        out.number(f.best(), "", b.unit());
        out.number(f.spread(), "", "×"); // highest over lowest: sort on it to find the sources furthest apart
        out.text(f.status().label());
        out.text(f.grade().label());
        out.number(f.documents());
        out.number(f.outlets());
        out.number(f.originators());
        out.text(f.core() ? "yes" : "no"); // filter on it to leave durations and shares aside
        out.text(note.verdict()); // the analyst's, carried from the last run by the fact's id (--notes)
        out.text(note.notes());
        if (wide) {
            int[] byCol = new int[sources.size()];
            Arrays.fill(byCol, -1);
            for (int k = 0; k < shown.length; k++) {
                if (shown[k] != null) {
                    byCol[col.get(shown[k].doc())] = k;
                }
            }
            for (int k : byCol) {
                if (k < 0) {
                    out.skip();
                } else {
                    FactMember m = members.get(k);
                    String link = loc.link(f, k);
                    String fig = shown[k].figure() + (m.mentions() > 1 ? " (×" + m.mentions() + ")" : "");
                    if (link != null) {
                        out.internalLink(fig, link);
                    } else {
                        out.text(fig);
                    }
                }
            }
        } else {
            out.text(Cells.shorten(org.claimtally.report.FactColumns.figures(f, loc.claims()), LONG_TEXT, "; see 'By source'"));
        }
        out.text(Cells.shorten(f.why(), LONG_TEXT, ""));
    }

    private static void colourStatus(SheetOut out, int rows) {
        if (rows == 0) {
            return;
        }
        SheetConditionalFormatting cf = out.sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(1, rows, STATUS_COL, STATUS_COL)};
        rule(cf, range, "\"conflict\"", IndexedColors.ROSE);
        rule(cf, range, "\"revised\"", IndexedColors.LIGHT_TURQUOISE);
        rule(cf, range, "\"consistent\"", IndexedColors.LIGHT_YELLOW);
        rule(cf, range, "\"agree\"", IndexedColors.LIGHT_GREEN);
    }

    private static void rule(SheetConditionalFormatting cf, CellRangeAddress[] range, String value, IndexedColors colour) {
        ConditionalFormattingRule r = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, value);
        PatternFormatting p = r.createPatternFormatting();
        p.setFillBackgroundColor(colour.getIndex());
        p.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        cf.addConditionalFormatting(range, r);
    }
}
