package org.claimtally.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtally.extract.Lexicon;
import org.claimtally.pipeline.LexiconWords;
import org.junit.jupiter.api.Test;

/** The grouping's words come from the lexicon, written one way, validated. */
class GroupingWordsTest {
    static final GroupingWords BUILTIN = LexiconWords.grouping(Lexicon.builtin());

    @Test
    void synonymsNameOneSubgroup() {
        assertThat(BUILTIN.subgroup("kids")).isEqualTo("children");
        assertThat(BUILTIN.subgroup("minors")).isEqualTo("children");
        assertThat(BUILTIN.subgroup("nurses")).isEqualTo(BUILTIN.subgroup("medics"));
        assertThat(BUILTIN.subgroup("people")).isEmpty();
    }

    @Test
    void wholesAreNoParts() {
        assertThat(BUILTIN.isPart("children")).isTrue();
        assertThat(BUILTIN.isPart("civilians")).isFalse();
        assertThat(BUILTIN.isPart("")).isFalse();
    }

    @Test
    void calendarWordsComeFromTheLexicon() {
        assertThat(BUILTIN.weekdays()).containsEntry("tuesday", 2);
        assertThat(BUILTIN.months()).containsEntry("february", 2);
        assertThat(BUILTIN.relative()).contains("overnight");
    }

    @Test
    void outOfRangeDaysAreRefused() {
        assertThatThrownBy(() -> new GroupingWords(Map.of(), Set.of(), Set.of(), Map.of("someday", 8), Map.of(), List.of(), Set.of()))
                .hasMessageContaining("weekday 'someday' needs 1 to 7");
    }
}
