package org.claimtally.report.xlsx;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook that deflates with the fastest level: on large reports zip compression
 * of the sheet XML is most of the writing time, and the file grows only by about a fifth.
 */
final class FastZipWorkbook extends SXSSFWorkbook {
    FastZipWorkbook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
