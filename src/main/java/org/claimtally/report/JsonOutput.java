package org.claimtally.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Streaming JSON lines: one object per row, keys in column order. */
public final class JsonOutput<T> implements AutoCloseable {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private final Writer out;
    private final List<Column<T>> columns;

    public JsonOutput(Writer out, List<Column<T>> columns) {
        this.out = out;
        this.columns = columns;
    }

    public void row(T row) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        writeObject(g, row);
        g.flush();
        out.write('\n');
    }

    void writeObject(JsonGenerator g, T row) throws IOException {
        g.writeStartObject();
        for (Column<T> c : columns) {
            Object v = c.get().apply(row);
            g.writeFieldName(c.name());
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Double d) {
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    g.writeNumber(d.longValue());
                } else {
                    g.writeNumber(new java.math.BigDecimal(org.claimtally.model.Numbers.plain(d)));
                }
            } else if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof Integer i) {
                g.writeNumber(i);
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
