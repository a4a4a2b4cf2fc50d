package org.claimtally.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.claimtally.model.Claim;
import org.claimtally.model.Qualifier;
import org.claimtally.model.Scope;
import org.claimtally.model.Trend;
import org.claimtally.model.When;

/**
 * The spill file's record of one claim: positions as variable-length integers, figures as
 * doubles, texts as UTF-8. A sentence that the claim before (in the same document) already
 * wrote is stored as a pointer to those bytes: most sentences hold several figures. The
 * document and category are kept by the spill in memory, not here. Texts with unpaired
 * surrogates (JSON input may escape them) are stored as UTF-16 instead, since UTF-8 cannot
 * hold them: every claim reads back exactly as written.
 */
final class ClaimCodec {
    private static final int CORE = 1;
    private static final int VALUE = 2;
    private static final int LOW = 4;
    private static final int LOW_IS_VALUE = 8;
    private static final int HIGH = 16;
    private static final int HIGH_IS_VALUE = 32;
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Trend[] TRENDS = Trend.values();
    private static final Scope[] SCOPES = Scope.values();

    private ClaimCodec() {
    }

    /** Reads bytes back from the file, for sentences stored once and pointed to. */
    interface Reader {
        ByteBuffer read(long position, int length) throws IOException;
    }

    /** Appends records to a channel through a buffer, knowing each one's file position. */
    static final class Writer {
        private final WritableByteChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private byte[] record = new byte[1 << 10];
        private int size;
        private long position;
        private String lastSentence;
        private long lastSentenceAt;
        private long lastSentenceHeader;
        /** The bytes of the text {@link #encode} was last given. */
        private byte[] encoded;

        Writer(WritableByteChannel channel) {
            this.channel = channel;
        }

        long position() {
            return position;
        }

        /** Sentences are shared only within a document. */
        void startDocument() {
            lastSentence = null;
        }

        void write(Claim c) throws IOException {
            size = 0;
            varLong(c.start());
            varLong(c.end() - c.start());
            varLong(zigzag(c.start() - (long) c.sentenceStart()));
            byte flags = (byte) ((c.core() ? CORE : 0) | (c.value() != null ? VALUE : 0)
                    | (c.low() != null ? LOW : 0) | (c.low() != null && c.low().equals(c.value()) ? LOW_IS_VALUE : 0)
                    | (c.high() != null ? HIGH : 0)
                    | (c.high() != null && c.high().equals(c.value()) ? HIGH_IS_VALUE : 0));
            put(flags);
            put((byte) c.qualifier().ordinal());
            put((byte) c.trend().ordinal());
            put((byte) c.when().scope().ordinal());
            day(c.when().from());
            day(c.when().to());
            if (c.value() != null) {
                putDouble(c.value());
            }
            if ((flags & LOW) != 0 && (flags & LOW_IS_VALUE) == 0) {
                putDouble(c.low());
            }
            if ((flags & HIGH) != 0 && (flags & HIGH_IS_VALUE) == 0) {
                putDouble(c.high());
            }
            string(c.quote());
            string(c.figure());
            string(c.action());
            string(c.actor());
            string(c.claimant());
            string(c.time());
            string(c.cues());
            sentence(c.sentence());
            varLong(c.sentenceClaims());
            emit();
        }

        /** A day as its epoch day plus one (zigzag), 0 for none. */
        private void day(java.time.LocalDate d) {
            varLong(d == null ? 0 : zigzag(d.toEpochDay()) + 1);
        }

        /** A sentence: 0 and a pointer to the one before when equal, else its text header plus one. */
        private void sentence(String s) {
            if (s.equals(lastSentence)) {
                varLong(0);
                varLong(lastSentenceAt);
                varLong(lastSentenceHeader);
                return;
            }
            long header = encode(s);
            varLong(header + 1);
            lastSentence = s;
            lastSentenceHeader = header;
            lastSentenceAt = position + size;
            put(encoded);
        }

        private void string(String s) {
            varLong(encode(s));
            put(encoded);
        }

        /** Encodes a text into {@link #encoded}; its header is the byte length times two, plus one for UTF-16. */
        private long encode(String s) {
            boolean utf16 = !wellFormed(s);
            encoded = utf16 ? chars(s) : s.getBytes(StandardCharsets.UTF_8);
            return (long) encoded.length << 1 | (utf16 ? 1 : 0);
        }

        /** The text's chars, two bytes each: Java's UTF-16 encoder would replace the lone surrogates too. */
        private static byte[] chars(String s) {
            byte[] b = new byte[s.length() * 2];
            for (int i = 0; i < s.length(); i++) {
                b[2 * i] = (byte) (s.charAt(i) >>> 8);
                b[2 * i + 1] = (byte) s.charAt(i);
            }
            return b;
        }

        private void emit() throws IOException {
            int from = 0;
            while (from < size) {
                int n = Math.min(buffer.remaining(), size - from);
                buffer.put(record, from, n);
                from += n;
                if (!buffer.hasRemaining()) {
                    drain();
                }
            }
            position += size;
        }

        void flush() throws IOException {
            drain();
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        private void ensure(int more) {
            if (size + more > record.length) {
                record = Arrays.copyOf(record, Math.max(record.length * 2, size + more));
            }
        }

        private void put(byte b) {
            ensure(1);
            record[size++] = b;
        }

        private void put(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, record, size, b.length);
            size += b.length;
        }

        private void putDouble(double d) {
            long bits = Double.doubleToRawLongBits(d);
            ensure(8);
            for (int k = 7; k >= 0; k--) {
                record[size++] = (byte) (bits >>> (8 * k));
            }
        }

        private void varLong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                record[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            record[size++] = (byte) v;
        }
    }

    /** The claim in {@code record}, of document {@code doc} and category {@code category}. */
    static Claim read(ByteBuffer record, String doc, String category, Reader file) throws IOException {
        int start = (int) varLong(record);
        int end = start + (int) varLong(record);
        int sentenceStart = (int) (start - unzigzag(varLong(record)));
        int flags = record.get();
        Qualifier qualifier = QUALIFIERS[record.get()];
        Trend trend = TRENDS[record.get()];
        Scope scope = SCOPES[record.get()];
        java.time.LocalDate from = day(record);
        java.time.LocalDate to = day(record);
        Double value = (flags & VALUE) != 0 ? record.getDouble() : null;
        Double low = (flags & LOW) == 0 ? null : (flags & LOW_IS_VALUE) != 0 ? value : Double.valueOf(record.getDouble());
        Double high = (flags & HIGH) == 0 ? null : (flags & HIGH_IS_VALUE) != 0 ? value : Double.valueOf(record.getDouble());
        String quote = string(record);
        String figure = string(record);
        String action = string(record);
        String actor = string(record);
        String claimant = string(record);
        String time = string(record);
        String cues = string(record);
        long tag = varLong(record);
        String sentence;
        if (tag == 0) {
            long at = varLong(record);
            long header = varLong(record);
            sentence = text(file.read(at, (int) (header >>> 1)), header);
        } else {
            sentence = text(record, tag - 1);
        }
        int sentenceClaims = (int) varLong(record);
        return new Claim(doc, start, end, quote, figure, value, low, high, qualifier, category, (flags & CORE) != 0,
                action, actor, claimant, time, trend, sentence, sentenceStart, cues,
                from == null && to == null && scope == Scope.UNKNOWN ? When.UNKNOWN : new When(from, to, scope), sentenceClaims);
    }

    private static java.time.LocalDate day(ByteBuffer b) {
        long v = varLong(b);
        return v == 0 ? null : java.time.LocalDate.ofEpochDay(unzigzag(v - 1));
    }

    private static String string(ByteBuffer b) {
        return text(b, varLong(b));
    }

    /** The text at the buffer's position, of the given header (see {@code Writer.encode}). */
    private static String text(ByteBuffer b, long header) {
        int length = (int) (header >>> 1);
        if (length == 0) {
            return "";
        }
        byte[] a = b.array();
        int from = b.arrayOffset() + b.position();
        b.position(b.position() + length);
        if ((header & 1) == 0) {
            return new String(a, from, length, StandardCharsets.UTF_8);
        }
        char[] c = new char[length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ((a[from + 2 * i] & 0xFF) << 8 | a[from + 2 * i + 1] & 0xFF);
        }
        return new String(c);
    }

    /** Whether every surrogate is paired, so that UTF-8 holds the text exactly. */
    static boolean wellFormed(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static long varLong(ByteBuffer b) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b.get();
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
