package org.claimtally.extract;

import java.util.Set;

/** Function words: they end noun phrases and never count as the thing counted. */
final class Stopwords {
    private static final Set<String> WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but",
            "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
            "might", "should", "must", "not", "no", "as", "than", "then", "so", "such", "per", "each", "every",
            "more", "most", "less", "fewer", "other", "another", "same", "he", "she", "they", "we", "you", "i",
            "his", "her", "their", "our", "your", "my", "them", "him", "us", "me", "if", "when", "while",
            "after", "before", "since", "until", "about", "into", "over", "under", "between", "during",
            "against", "among", "through", "up", "down", "out", "off", "there", "here", "where", "what", "how",
            "why", "all", "any", "both", "either", "neither", "own", "do", "does", "did", "also", "only",
            "just", "even", "said", "says", "say", "again", "once", "ago", "later", "earlier", "now", "yet",
            "still", "already", "time", "times", "way", "percent", "cent", "pct", "outside", "inside", "near",
            "across", "along", "behind", "beyond", "toward", "towards", "without", "within", "despite",
            "throughout", "via", "amid", "upon", "onto");

    private Stopwords() {
    }

    static boolean is(String lower) {
        return WORDS.contains(lower);
    }
}
