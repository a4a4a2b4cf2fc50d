package org.claimtally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Records within the limit pass untouched; a longer one is cut well formed and named by its start. */
class RecordLimitTest {

    static String through(String text, long limit) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (RecordLimit in = new RecordLimit(new StringReader(text), limit)) {
            char[] buf = new char[7];
            for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
                sb.append(buf, 0, n);
            }
        }
        return sb.toString();
    }

    @Property(tries = 500)
    void underTheLimitNothingChanges(@ForAll @Chars({'a', ',', '"', '\n', '\r'}) @StringLength(max = 40) String text)
            throws Exception {
        assertThat(through(text, 1000)).isEqualTo(text);
    }

    @Test
    void aLongQuotedRecordIsCutClosedAndSkippableWhileTheNextIsWhole() throws Exception {
        String text = "id,text\n1,short\n2,\"" + "x, \"\"y\"\" ".repeat(50) + "\"\n3,after\n";
        RecordLimit limit = new RecordLimit(new StringReader(text), 40);
        try (CSVParser p = CSVParser.builder().setReader(limit).setFormat(CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get()).get()) {
            List<CSVRecord> records = p.getRecords();
            assertThat(records).extracting(r -> r.get("id")).containsExactly("1", "2", "3");
            assertThat(limit.cut(records.get(0).getCharacterPosition())).isFalse();
            assertThat(limit.cut(records.get(1).getCharacterPosition())).isTrue();
            assertThat(records.get(1).get("text").length()).isLessThanOrEqualTo(40);
            assertThat(records.get(2).get("text")).isEqualTo("after");
            assertThat(limit.cut(records.get(2).getCharacterPosition())).isFalse();
        }
    }
}
