package org.claimtally.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is known of an article's origin. Unknown fields are empty strings, never null;
 * {@code extra} keeps columns of a sources file that claimtally does not interpret.
 */
public record SourceInfo(String file, String outlet, String url, String published, String title,
                         Map<String, String> extra) {
    public SourceInfo {
        Objects.requireNonNull(file, "file");
        if (file.isBlank()) {
            throw new IllegalArgumentException("source file name is blank");
        }
        outlet = outlet == null ? "" : outlet.strip();
        url = url == null ? "" : url.strip();
        published = published == null ? "" : published.strip();
        title = title == null ? "" : title.strip();
        extra = extra == null ? Map.of() : Map.copyOf(new TreeMap<>(extra));
    }

    public static SourceInfo ofFile(String file) {
        return new SourceInfo(file, "", "", "", "", Map.of());
    }

    /** The name shown for this source: its outlet when known, else its file name. */
    public String displayName() {
        return outlet.isEmpty() ? file : outlet;
    }

    public SourceInfo withTitle(String newTitle) {
        return new SourceInfo(file, outlet, url, published, newTitle, extra);
    }
}
