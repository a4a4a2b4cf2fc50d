package org.claimtally.model;

import java.util.Objects;

/**
 * One article as decoded text. {@code id} is stable and readable: the file name, or
 * {@code file#record} for records of a multi-article file.
 */
public record Document(String id, SourceInfo source, String text, String syndicationGroup) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id is blank");
        }
        syndicationGroup = syndicationGroup == null ? "" : syndicationGroup;
    }

    public Document(String id, SourceInfo source, String text) {
        this(id, source, text, "");
    }

    public Document withSyndicationGroup(String group) {
        return new Document(id, source, text, group);
    }

    public Document withSource(SourceInfo newSource) {
        return new Document(id, newSource, text, syndicationGroup);
    }

    public int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
