package org.claimtally.report.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;
import org.claimtally.model.Claim;
import org.claimtally.model.Fact;
import org.claimtally.model.FactMember;
import org.claimtally.report.Cells;

/**
 * The fact × source matrix: each cell the figure as written, its quote in a cell comment,
 * blank where the source is silent. Past {@link #MAX_WIDE} sources it switches to long form
 * (one row per fact and source) and says so in its first row.
 */
final class BySourceSheet {
    static final int MAX_WIDE = 60;
    /** Comments cost a drawing shape each: past this many the quote goes in a column instead. */
    static final int MAX_COMMENTS = 20_000;

    private BySourceSheet() {
    }

    static void write(Workbook wb, Styles st, List<Fact> facts, List<Claim> claims, List<String> docs,
                      UnaryOperator<String> names) {
        SheetOut out = new SheetOut(wb.createSheet("By source"), st, WorkbookWriter.EXCEL_ROWS);
        if (docs.size() <= MAX_WIDE) {
            wide(out, facts, claims, docs, names);
        } else {
            longForm(out, facts, claims, names);
        }
    }

    private static void wide(SheetOut out, List<Fact> facts, List<Claim> claims, List<String> docs,
                             UnaryOperator<String> names) {
        String[] header = new String[docs.size() + 2];
        header[0] = "Fact";
        header[1] = "What";
        for (int i = 0; i < docs.size(); i++) {
            header[i + 2] = names.apply(docs.get(i));
        }
        out.header(header);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            col.put(docs.get(i), i);
        }
        Drawing<?> drawing = out.sheet.createDrawingPatriarch();
        CreationHelper helper = out.sheet.getWorkbook().getCreationHelper();
        int comments = 0;
        for (Fact f : facts) {
            int r = out.newRow();
            out.text(f.id());
            out.text(f.label());
            FactMember[] byCol = new FactMember[docs.size()];
            for (FactMember m : f.members()) {
                if (m.primary()) {
                    byCol[col.get(m.claim(claims).doc())] = m;
                }
            }
            for (int i = 0; i < byCol.length; i++) {
                if (byCol[i] == null) {
                    out.skip();
                    continue;
                }
                Cell c = out.text(byCol[i].claim(claims).figure());
                if (comments++ < MAX_COMMENTS) {
                    comment(drawing, helper, c, r, i + 2, byCol[i], byCol[i].claim(claims));
                }
            }
        }
        out.finishTable(header.length);
    }

    private static void comment(Drawing<?> drawing, CreationHelper helper, Cell cell, int row, int col, FactMember m,
                                Claim claim) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(col + 1);
        anchor.setCol2(col + 5);
        anchor.setRow1(row);
        anchor.setRow2(row + 4);
        Comment comment = drawing.createCellComment(anchor);
        String text = claim.quote() + "\n— " + m.outlet()
                + (claim.claimant().isEmpty() ? "" : ", citing " + claim.claimant())
                + "\n\n" + Cells.sentenceWindow(claim);
        comment.setString(helper.createRichTextString(Cells.cellText(text)));
        comment.setAuthor("claimtally");
        comment.setAddress(row, col); // the anchor places the box; the address ties it to the figure's cell
        cell.setCellComment(comment);
    }

    /** Long form lists the facts more than one document states; the rest stand alone in Claims. */
    private static void longForm(SheetOut out, List<Fact> facts, List<Claim> claims, UnaryOperator<String> names) {
        out.header("Fact", "What", "Source", "Document", "Figure", "Quote");
        for (Fact f : facts) {
            if (f.documents() < 2) {
                continue;
            }
            for (FactMember m : f.members()) {
                if (!m.primary()) {
                    continue;
                }
                Claim c = m.claim(claims);
                out.newRow();
                out.text(f.id());
                out.text(f.label());
                out.text(names.apply(c.doc()));
                out.text(c.doc());
                out.text(c.figure());
                out.text(c.quote());
            }
        }
        out.finishTable(6);
    }
}
