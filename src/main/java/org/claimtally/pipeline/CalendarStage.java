package org.claimtally.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.claimtally.calendar.CalendarWords;
import org.claimtally.calendar.Datelines;
import org.claimtally.calendar.TimeResolver;
import org.claimtally.model.Claim;
import org.claimtally.model.Document;
import org.claimtally.model.SourceInfo;

/**
 * The calendar stage around extraction: dates a document that metadata left undated (from its
 * dateline, else its file name), then resolves each claim's time phrase against that date.
 * Stateless, so extraction threads share one.
 */
final class CalendarStage {
    private final Datelines datelines;
    private final TimeResolver resolver;

    CalendarStage(CalendarWords words) {
        this.datelines = new Datelines(words);
        this.resolver = new TimeResolver(words);
    }

    /** The document, dated from its text or file name when its source gives no date. */
    Document date(Document d) {
        if (publication(d.source().published()) != null) {
            return d;
        }
        LocalDate found = datelines.fromText(d.text());
        String from = SourceInfo.FROM_TEXT;
        if (found == null) {
            found = Datelines.fromFileName(d.source().file());
            from = SourceInfo.FROM_FILE_NAME;
        }
        return found == null ? d : d.withSource(d.source().withPublished(found.toString(), from));
    }

    /** The claims with their time resolved against the document's publication date. */
    List<Claim> resolve(Document d, List<Claim> claims) {
        LocalDate published = publication(d.source().published());
        Datelines.Found dateline = datelines.find(d.text());
        int datelineEnd = dateline == null ? -1 : dateline.end();
        List<Claim> out = new ArrayList<>(claims.size());
        String lastTime = null;
        String lastSentence = null;
        org.claimtally.model.When last = null;
        for (Claim c : claims) {
            // figures of one sentence mostly share their phrase
            if (!c.time().equals(lastTime) || !c.sentence().equals(lastSentence)) {
                lastTime = c.time();
                lastSentence = c.sentence();
                last = inDateline(c, datelineEnd) ? org.claimtally.model.When.UNKNOWN
                        : resolver.resolve(c.time(), before(c), published);
            }
            out.add(c.withWhen(last));
        }
        return out;
    }

    /** Whether the claim's time phrase is the article's own dateline: it dates the report, not the figure. */
    private static boolean inDateline(Claim c, int datelineEnd) {
        if (datelineEnd < 0 || c.time().isEmpty()) {
            return false;
        }
        // the phrase is the dateline's only when it stands nowhere else in the sentence
        String s = c.sentence();
        boolean found = false;
        for (int at = s.indexOf(c.time()); at >= 0; at = s.indexOf(c.time(), at + 1)) {
            if (c.sentenceStart() + at >= datelineEnd) {
                return false;
            }
            found = true;
        }
        return found;
    }

    /**
     * Where in its sentence the claim's time phrase stands: the occurrence nearest the quote
     * (a sentence may name "Saturday" in its dateline and again beside the figure), or -1.
     */
    static int phraseAt(Claim c) {
        String s = c.sentence();
        int quote = c.start() - c.sentenceStart();
        int best = -1;
        for (int at = s.indexOf(c.time()); at >= 0; at = s.indexOf(c.time(), at + 1)) {
            if (best < 0 || Math.abs(at - quote) < Math.abs(best - quote)) {
                best = at;
            }
        }
        return best;
    }

    /** The sentence's words just before the claim's time phrase (a short reach: a cue governs a clause). */
    private static String before(Claim c) {
        if (c.time().isEmpty()) {
            return "";
        }
        int at = phraseAt(c);
        return at <= 0 ? "" : c.sentence().substring(Math.max(0, at - BEFORE_CHARS), at);
    }

    /** Characters of sentence looked at before a time phrase: a few words. */
    private static final int BEFORE_CHARS = 40;

    /** The day an ISO date or timestamp names, or null. */
    static LocalDate publication(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
