package org.claimtally.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtally.model.Claim;
import org.claimtally.model.RunClaims;

/**
 * Keeps a run's claims on disk while facts are grouped and reports written, so memory does
 * not grow with the collection: in memory stay a file offset and a category code per claim
 * (10 bytes, against some 250 for a claim object and its texts). Claims are written once,
 * a document at a time, and read back by position. The file is a temporary one, deleted
 * as it is opened (on Linux and macOS), so nothing is left behind even when the JVM is killed.
 */
final class ClaimSpill implements Closeable {
    private final FileChannel channel;
    private final Path dir;
    private final ClaimCodec.Writer writer;
    private long[] offsets = new long[1 << 12];
    /** Per claim: its category's code, and {@link #CORE} for a core claim. */
    private short[] categoryCodes = new short[1 << 12];
    private static final int CORE = 0x8000;
    private int count;
    private final List<String> categories = new ArrayList<>();
    private final Map<String, Integer> categoryCode = new HashMap<>();
    /** Documents with claims, in the order they came, and each one's first claim. */
    private final List<String> docIds = new ArrayList<>();
    private int[] docFirst = new int[1 << 10];

    private ClaimSpill(FileChannel channel, Path dir) {
        this.channel = channel;
        this.dir = dir;
        this.writer = new ClaimCodec.Writer(channel);
    }

    /** A new spill in the JVM's temporary folder ({@code java.io.tmpdir}; the launcher sets it from TMPDIR). */
    static ClaimSpill create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static ClaimSpill create(Path dir) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(dir, "claimtally-claims-", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot create a temporary file for the claims in " + dir + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); set TMPDIR to a writable folder", e);
        }
        return new ClaimSpill(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE), dir);
    }

    /** Writes one document's claims, in position order (ties keep their order). */
    void add(String doc, List<Claim> claims) throws IOException {
        if (claims.isEmpty()) {
            return;
        }
        for (Claim c : claims) {
            if (!c.doc().equals(doc)) { // checked first: a refused document leaves the spill as it was
                throw new IllegalArgumentException("claim of " + c.doc() + " among the claims of " + doc);
            }
        }
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        if (docIds.size() == docFirst.length) {
            docFirst = Arrays.copyOf(docFirst, docFirst.length * 2);
        }
        docFirst[docIds.size()] = count;
        docIds.add(doc);
        writer.startDocument();
        for (Claim c : sorted) {
            grow();
            offsets[count] = writer.position();
            categoryCodes[count] = (short) (code(c.category()) | (c.core() ? CORE : 0));
            count++;
            try {
                writer.write(c);
            } catch (IOException e) {
                throw writeFailed(e);
            }
        }
    }

    /** A full disk is the likely cause: the message says where, and how to choose another folder. */
    private IOException writeFailed(IOException e) {
        return new IOException("cannot write the claims' temporary file in " + dir + " (" + e.getMessage()
                + "); free space there or set TMPDIR to another folder", e);
    }

    private void grow() {
        if (count + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            categoryCodes = Arrays.copyOf(categoryCodes, categoryCodes.length * 2);
        }
    }

    private short code(String category) {
        Integer c = categoryCode.get(category);
        if (c == null) {
            if (categories.size() >= CORE) {
                throw new IllegalStateException("more than " + CORE + " categories");
            }
            c = categories.size();
            categories.add(category);
            categoryCode.put(category, c);
        }
        return c.shortValue();
    }

    /** Ends writing: the claims in run order (document id, then position). */
    RunClaims finish() throws IOException {
        try {
            writer.flush();
        } catch (IOException e) {
            throw writeFailed(e);
        }
        offsets[count] = writer.position();
        offsets = Arrays.copyOf(offsets, count + 1); // no room for growth is needed now
        categoryCodes = Arrays.copyOf(categoryCodes, count);
        docFirst = Arrays.copyOf(docFirst, docIds.size());
        int docs = docIds.size();
        Integer[] order = new Integer[docs];
        for (int d = 0; d < docs; d++) {
            order[d] = d;
        }
        Arrays.sort(order, Comparator.comparing(docIds::get)); // stable: equal ids keep input order
        int[] sortedDoc = new int[docs];
        int[] sortedStart = new int[docs];
        int at = 0;
        for (int j = 0; j < docs; j++) {
            int d = order[j];
            sortedDoc[j] = d;
            sortedStart[j] = at;
            at += (d + 1 < docs ? docFirst[d + 1] : count) - docFirst[d];
        }
        return new Stored(this, sortedDoc, sortedStart);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** The claims in run order, read from the spill by position. */
    private static final class Stored extends RunClaims {
        private final ClaimSpill spill;
        private final int[] sortedDoc;
        private final int[] sortedStart;
        private final String[] docIds;

        Stored(ClaimSpill spill, int[] sortedDoc, int[] sortedStart) {
            this.spill = spill;
            this.sortedDoc = sortedDoc;
            this.sortedStart = sortedStart;
            this.docIds = spill.docIds.toArray(new String[0]);
        }

        @Override
        public int size() {
            return spill.count;
        }

        /** The document (in sorted order) holding row {@code i}. */
        private int docAt(int i) {
            if (i < 0 || i >= spill.count) {
                throw new IndexOutOfBoundsException("claim " + i + " of " + spill.count);
            }
            int j = Arrays.binarySearch(sortedStart, i);
            if (j < 0) {
                return -j - 2;
            }
            // documents without claims are never added, so starts are distinct
            return j;
        }

        private int physical(int i) {
            return physical(docAt(i), i);
        }

        /** Row {@code i}'s place in the file, given its document {@code j} (in sorted order). */
        private int physical(int j, int i) {
            return spill.docFirst[sortedDoc[j]] + (i - sortedStart[j]);
        }

        @Override
        public String doc(int i) {
            return docIds[sortedDoc[docAt(i)]];
        }

        @Override
        public String category(int i) {
            return categoryAt(physical(i));
        }

        private String categoryAt(int physical) {
            return spill.categories.get(spill.categoryCodes[physical] & (CORE - 1));
        }

        @Override
        public boolean core(int i) {
            return (spill.categoryCodes[physical(i)] & CORE) != 0;
        }

        @Override
        public Claim get(int i) {
            int j = docAt(i);
            int p = physical(j, i);
            long from = spill.offsets[p];
            int length = (int) (spill.offsets[p + 1] - from);
            try {
                ByteBuffer record = read(from, length);
                return ClaimCodec.read(record, docIds[sortedDoc[j]], categoryAt(p), this::readBack);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the claims' temporary file: " + e.getMessage(), e);
            }
        }

        /**
         * {@code length} bytes at {@code from}, from this thread's block of the file when it holds
         * them: claims are often read in file order (per document), and one read call per block
         * instead of per claim makes reading several times faster; a read that jumps elsewhere
         * reads a short block, as a fact's members lie anywhere. A block starts a little before
         * the claim asked for, where the sentence it points back to usually is. Blocks are never
         * overwritten, so a buffer handed out stays valid.
         */
        private ByteBuffer read(long from, int length) throws IOException {
            Block b = block.get();
            if (from < b.from() || from + length > b.from() + b.length()) {
                // reading on from the block before: a long block; a jump (a fact's members): a short one
                boolean onward = from >= b.from() && from < b.from() + b.length() + BACK;
                long start = Math.max(0, from - BACK);
                long end = Math.min(spill.offsets[spill.count],
                        Math.max(onward ? start + BLOCK : from + length + BACK, from + length));
                b = new Block(start, readFully(start, (int) (end - start)));
                block.set(b);
            }
            return ByteBuffer.wrap(b.bytes(), (int) (from - b.from()), length).slice();
        }

        /**
         * A sentence a claim points back to. It has a block of its own: the claims of one long
         * sentence (a pasted table) all point to it, and reading it through the claims' block
         * would make each claim read two blocks, the sentence's and its own.
         */
        private ByteBuffer readBack(long from, int length) throws IOException {
            Block b = sentence.get();
            if (from < b.from() || from + length > b.from() + b.length()) {
                b = new Block(from, readFully(from, length));
                sentence.set(b);
            }
            return ByteBuffer.wrap(b.bytes(), (int) (from - b.from()), length).slice();
        }

        private final ThreadLocal<Block> sentence = ThreadLocal.withInitial(() -> new Block(0, new byte[0]));

        private byte[] readFully(long from, int length) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(length);
            while (buf.hasRemaining()) {
                int n = spill.channel.read(buf, from + buf.position());
                if (n < 0) {
                    throw new IOException("the file ends at " + (from + buf.position()) + ", before "
                            + (from + length));
                }
            }
            return buf.array();
        }

        private static final int BLOCK = 1 << 16;
        private static final int BACK = 1 << 12;
        private final ThreadLocal<Block> block = ThreadLocal.withInitial(() -> new Block(0, new byte[0]));

        private record Block(long from, byte[] bytes) {
            int length() {
                return bytes.length;
            }
        }
    }
}
