package org.claimtally.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.claimtally.event.GroupingWords;
import org.claimtally.extract.Lexicon;

/** The lexicon's words for the stages after extraction, which do not read the lexicon themselves. */
public final class LexiconWords {
    private LexiconWords() {
    }

    /** The grouping's words: subgroups, stopwords, weekdays, months, relative time words, words that turn to another incident and prepositions of place. */
    public static GroupingWords grouping(Lexicon lex) {
        Map<String, Integer> weekdays = new HashMap<>();
        lex.calendar().weekdays().forEach((w, d) -> weekdays.put(w, d.getValue()));
        return new GroupingWords(lex.subgroups(), lex.wholeSubgroups(), lex.stopwords(), weekdays,
                lex.calendar().months(), lex.relativeTimes(), lex.tollCategories(),
                lex.words(org.claimtally.extract.WordClass.INCIDENT_SHIFT),
                lex.words(org.claimtally.extract.WordClass.PLACE_SHIFT),
                lex.words(org.claimtally.extract.WordClass.PLACE_PREPOSITION), lex.demonymWords(),
                lex.words(org.claimtally.extract.WordClass.PLACE_WORD),
                lex.words(org.claimtally.extract.WordClass.PERSON_TITLE));
    }
}
