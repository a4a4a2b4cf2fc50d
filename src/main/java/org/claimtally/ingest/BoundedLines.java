package org.claimtally.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a reader, each at most {@code limit} characters kept: a longer line is read past and
 * reported as too long, so one enormous record (a pasted dump on one line) costs no more memory
 * than the limit. Line ends are LF, CR LF or a lone CR.
 */
final class BoundedLines implements AutoCloseable {
    /** What {@link #next} returns for a line longer than the limit (its characters are dropped). */
    static final String TOO_LONG = new String("\u0000too long"); // compared by identity

    private static final int BUFFER = 1 << 16;
    private final Reader in;
    private final long limit;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    private boolean skipLf;

    BoundedLines(Reader in, long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its end, {@link #TOO_LONG}, or null at the end of input. */
    String next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    return any ? (length > limit ? TOO_LONG : sb.toString()) : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            int n = pos - start;
            if (length + n <= limit) {
                sb.append(buf, start, n);
            } else if (length <= limit) {
                sb.setLength(0); // past the limit: keep nothing more of this line
            }
            length += n;
            if (pos < end) {
                skipLf = buf[pos] == '\r';
                pos++;
                return length > limit ? TOO_LONG : sb.toString();
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, BUFFER);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
