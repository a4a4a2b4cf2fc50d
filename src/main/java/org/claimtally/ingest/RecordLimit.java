package org.claimtally.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A CSV reader's source that refuses a record longer than {@code limit} characters: it counts the
 * characters since the last line end outside quotes (RFC 4180: a quote inside a field is doubled,
 * which toggles twice), so a record of hundreds of megabytes stops with {@link TooLong} before a
 * parser has buffered it.
 */
final class RecordLimit extends FilterReader {
    /** A record longer than the limit. */
    static final class TooLong extends IOException {
        TooLong(long limit) {
            super("a record longer than the " + (limit >> 20) + " MB limit for one article");
        }
    }

    private final long limit;
    private long length;
    private boolean quoted;

    RecordLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            see(buf[off + i]);
        }
        return n;
    }

    private void see(char c) throws TooLong {
        if (c == '"') {
            quoted = !quoted;
        } else if ((c == '\n' || c == '\r') && !quoted) {
            length = 0;
            return;
        }
        if (++length > limit) {
            throw new TooLong(limit);
        }
    }
}
