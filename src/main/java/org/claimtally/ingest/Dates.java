package org.claimtally.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Publication dates as metadata gives them: ISO dates, a time or zone may follow ("2024-05-04T10:00Z"). */
final class Dates {
    private Dates() {
    }

    /** Whether {@code published} is empty (no date given) or starts with a real ISO date. */
    static boolean isDate(String published) {
        if (published == null || published.isBlank()) {
            return true;
        }
        String p = published.strip();
        if (p.length() < 10 || p.length() > 10 && Character.isDigit(p.charAt(10))) {
            return false;
        }
        try {
            LocalDate.parse(p.substring(0, 10));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
