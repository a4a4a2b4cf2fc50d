package org.claimtally.extract;

/**
 * Closed classes of function words the grammar consults. The words live in the lexicon, one
 * kind per class (its name below), so the Java holds the grammar and a user's lexicon can add
 * a language's or a style's words; each class says what the grammar does with it.
 */
public enum WordClass {
    /** Function words: they end noun phrases and are never the thing counted. */
    FUNCTION_WORD("function_word"),
    /** Words that may stand between a counted noun and its verb: "people who were reportedly killed". */
    VERB_GAP("verb_gap"),
    /** Words that may stand between a subject and its verb: "Russia had reportedly fired". */
    SUBJECT_GAP("subject_gap"),
    /** Prepositions that put a name in a place ("in Idlib"): that name did not act. */
    LOCATIVE("locative"),
    /** Nouns of places that a name follows: "the town of", "the province". */
    PLACE_WORD("place_word"),
    /** Capitalised words that begin no name of a speaker or actor: articles, conjunctions, sentence adverbs. */
    NOT_ENTITY("not_entity"),
    /** Lower-case words inside an institution's name: "the general staff", "the ministry of defence". */
    TITLE_WORD("title_word"),
    /** Common nouns that point back to a named source: "the agency said", "the group said". */
    ANAPHORIC("anaphoric"),
    /** Words of what a source gave, not who: "data", "figures", "estimates". */
    GENERIC_SOURCE("generic_source"),
    /** Personal pronouns a speaker may be named by: "he said", "they said". */
    PRONOUN("pronoun"),
    /** Words opening a time phrase after a counted noun: "last year", "this month". */
    TIME_MODIFIER("time_modifier"),
    /** Determiners after "of" that keep a noun phrase going: "of their homes". */
    POSSESSIVE("possessive"),
    /** Suffixes of ordinals written apart from the number: "21 st". */
    ORDINAL_SUFFIX("ordinal_suffix"),
    /** Words after a number that make it a clock time: "10 am", "14:00 GMT". */
    CLOCK_WORD("clock_word"),
    /** Lower-case words before a number that make it a name's part: "category 5", "phase 2". */
    LOWER_NAME("lower_name"),
    /** Adjectives before an age's noun: "a young boy of 12". */
    DESCRIBING("describing"),
    /** Nouns an age describes: "a boy of 12", "her son, 7". */
    AGE_NOUN("age_noun"),
    /** Nouns whose plural is written as the singular: "people", "police", "staff". */
    SAME_PLURAL("same_plural"),
    /** Words that end a span between two ends of a range: "and", "which", "while". */
    SPAN_STOP("span_stop"),
    /** Nouns of an attack or a force that a demonym before names the attacker of: "a Russian attack". */
    ATTACK_NOUN("attack_noun"),
    /** Words inside a time phrase between its anchors: "since the start of the war". */
    TIME_INNER("time_inner"),
    /** Prepositions stripped from the front of a time phrase: "on Monday" is "Monday". */
    TIME_STRIP("time_strip"),
    /** Prepositions that open a modifier of the noun before them: "the toll [of the blast] [among evacuees]". */
    MODIFIER_PREPOSITION("modifier_preposition"),
    /** Words that open an insertion naming part of a figure, which may hold figures of its own: "30 people, including 7 children, were". */
    INSERTION_OPENER("insertion_opener"),
    /**
     * Words that turn a report to another incident ("meanwhile", "separately", "elsewhere"): a toll
     * after one is not a revision of the tolls before it (the grouping reads them).
     */
    INCIDENT_SHIFT("incident_shift"),
    /** Titles that open a person's name ("President", "Governor"): a name after "in" that starts so is nobody's place. */
    PERSON_TITLE("person_title"),
    /**
     * Words that open an appositive after a comma ("the institute, a think tank that tracks the
     * war, put …"): the name before that comma is the verb's subject.
     */
    APPOSITIVE_OPENER("appositive_opener"),
    /**
     * Words that turn a report to another incident only when their sentence names a place the
     * report's toll so far did not ("meanwhile … in Kelmora"): without a new place, "meanwhile"
     * as often turns to another source of the same event ("meanwhile the governor said the
     * strike killed 40").
     */
    PLACE_SHIFT("place_shift"),
    /** Vague magnitudes that are also common nouns ("scores"): a figure only before "of" or with a people verb. */
    NOUN_VAGUE("noun_vague"),
    /** Prepositions before the place an event was in ("in", "near", "outside"): the Facts sheet's place. */
    PLACE_PREPOSITION("place_preposition"),
    /**
     * Conjunctions that open a clause of another time ("after", "before"): in "talks resumed on
     * Friday, days after a bombing killed 120", the day before the conjunction dates the main
     * clause, not the figure inside the clause it opens.
     */
    TIME_CLAUSE("time_clause"),
    /**
     * Superlatives ("deadliest", "highest", "most", "first"): "the deadliest attack since 2015"
     * compares the event with the years since, it does not make the figure a running total.
     */
    SUPERLATIVE("superlative"),
    /**
     * Words that make a figure come on top of those before it ("two other people", "another
     * five", "dozens more", "12 additional"): an addition, never a revision of an earlier toll.
     */
    ADDITIVE("additive"),
    /** Forms of "be" before a participle: the subject of "were killed" suffered it, it did not do it. */
    PASSIVE_AUXILIARY("passive_auxiliary"),
    /**
     * Verbs with their particle where it looks like a hedge ("hand over", "took over"; each term
     * is the verb and the particle): in "each side will hand over 150 captives" the word after the
     * verb belongs to it, the figure is exact.
     */
    PARTICLE_VERB("particle_verb");

    private final String kind;

    WordClass(String kind) {
        this.kind = kind;
    }

    /** The lexicon kind that lists this class's words. */
    public String kind() {
        return kind;
    }
}
