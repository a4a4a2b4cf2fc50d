package org.claimtally.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM; bytes that are not valid
 * UTF-8 fall back to windows-1252 (the usual culprit), and the caller records that.
 * The BOM is removed so offsets count from the first real character.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Thrown for content that is not text at all. */
    static final class BinaryException extends Exception {
        private static final long serialVersionUID = 1L;

        BinaryException(String message) {
            super(message);
        }
    }

    static Decoded decode(byte[] b) throws BinaryException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strictOrFallback(b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        String kind = binaryKind(b);
        if (kind != null) {
            throw new BinaryException(kind);
        }
        return strictOrFallback(b, 0);
    }

    private static Decoded strictOrFallback(byte[] b, int offset) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return new Decoded(cb.toString(), "UTF-8", false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, offset, b.length - offset, WINDOWS_1252), "windows-1252", true);
        }
    }

    /**
     * A reader of UTF-8 records (JSON lines, CSV) that replaces bytes that are not UTF-8 with
     * U+FFFD instead of failing: one bad byte costs its record a character, not the file its
     * records. Callers report the records that hold a replacement.
     */
    static java.io.BufferedReader lenientUtf8(java.nio.file.Path file) throws java.io.IOException {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new java.io.BufferedReader(new java.io.InputStreamReader(java.nio.file.Files.newInputStream(file), dec));
    }

    /** The replacement character a lenient reader leaves for bytes that were not UTF-8. */
    static final char REPLACED = '\uFFFD';

    /** A name for binary content (PNG, ZIP, PDF …), or null when the bytes look like text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image, not text";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or docx/xlsx), not text";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document, not text: convert it to text first";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image, not text";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image, not text";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive, not text: unpack it first";
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "binary data (NUL bytes), not text";
            }
            if (c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 10 > n ? "binary data (control bytes), not text" : null;
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
