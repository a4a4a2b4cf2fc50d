package org.claimtally.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is known of an article's origin. Unknown fields are empty strings, never null;
 * {@code extra} keeps columns of a sources file that claimtally does not interpret.
 */
public record SourceInfo(String file, String outlet, String url, String published, String title,
                         Map<String, String> extra, String publishedFrom) {
    /** Where a publication date came from when metadata gave it. */
    public static final String FROM_METADATA = "metadata";
    /** ... when it was read from the article's dateline. */
    public static final String FROM_TEXT = "dateline in text";
    /** ... when it was read from the file name. */
    public static final String FROM_FILE_NAME = "file name";

    public SourceInfo(String file, String outlet, String url, String published, String title, Map<String, String> extra) {
        this(file, outlet, url, published, title, extra, null);
    }

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
        publishedFrom = publishedFrom != null ? publishedFrom : published.isEmpty() ? "" : FROM_METADATA;
    }

    /** The same source dated {@code date} (ISO), saying where the date came from. */
    public SourceInfo withPublished(String date, String from) {
        return new SourceInfo(file, outlet, url, date, title, extra, from);
    }

    public static SourceInfo ofFile(String file) {
        return new SourceInfo(file, "", "", "", "", Map.of());
    }

    /** The name shown for this source: its outlet when known, else its file name. */
    public String displayName() {
        return outlet.isEmpty() ? file : outlet;
    }

    public SourceInfo withTitle(String newTitle) {
        return new SourceInfo(file, outlet, url, published, newTitle, extra, publishedFrom);
    }
}
