package org.claimtally.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.claimtally.event.GroupingWords;
import org.claimtally.extract.Lexicon;

/** The lexicon's words for the stages after extraction, which do not read the lexicon themselves. */
public final class LexiconWords {
    private LexiconWords() {
    }

    /** The grouping's words: subgroups, stopwords, weekdays, months, relative time words and words that turn to another incident. */
    public static GroupingWords grouping(Lexicon lex) {
        Map<String, Integer> weekdays = new HashMap<>();
        lex.calendar().weekdays().forEach((w, d) -> weekdays.put(w, d.getValue()));
        return new GroupingWords(lex.subgroups(), lex.wholeSubgroups(), lex.stopwords(), weekdays,
                lex.calendar().months(), lex.relativeTimes(), lex.tollCategories(),
                lex.words(org.claimtally.extract.WordClass.INCIDENT_SHIFT));
    }
}
