package org.claimtally.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/**
 * A CSV reader's source that keeps every record within {@code limit} characters: it counts the
 * characters since the last line end outside quotes (RFC 4180: a quote inside a field is
 * doubled, which toggles twice); past the limit it drops the rest of the record, closing an open
 * quote, and remembers where the record started, so a record of hundreds of megabytes costs the
 * parser at most the limit and the records after it are read as usual. The caller skips the
 * records {@link #cut} names.
 */
final class RecordLimit extends FilterReader {
    private final long limit;
    private final Set<Long> cut = new HashSet<>();
    /** Characters handed to the parser so far: the parser's own record positions count the same. */
    private long delivered;
    private long recordStart;
    private long length;
    private boolean quoted;
    private boolean dropping;

    RecordLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Whether the record that starts at character {@code position} was longer than the limit. */
    boolean cut(long position) {
        return cut.contains(position);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (chunk.length < len) {
            chunk = new char[len];
        }
        while (true) {
            int r = in.read(chunk, 0, len);
            if (r < 0) {
                return -1;
            }
            int n = 0;
            for (int i = 0; i < r; i++) {
                int out = see(chunk[i]);
                if (out >= 0) {
                    buf[off + n++] = (char) out; // at most one character out for each one in
                }
            }
            if (n > 0) {
                return n;
            }
        }
    }

    private char[] chunk = new char[0];

    /** The character to hand on for {@code c}, or -1 to drop it. */
    private int see(char c) {
        boolean parserQuoted = quoted; // what the parser has seen, before this character
        if (c == '"') {
            quoted = !quoted;
        }
        boolean end = (c == '\n' || c == '\r') && !quoted;
        if (dropping && !end) {
            return -1;
        }
        if (end) {
            dropping = false;
            length = 0;
            delivered++;
            recordStart = delivered;
            return c;
        }
        if (++length > limit) {
            cut.add(recordStart);
            dropping = true;
            if (parserQuoted) {
                delivered++;
                return '"'; // close the field the parser has open, so the record stays well formed
            }
            return -1;
        }
        delivered++;
        return c;
    }
}
