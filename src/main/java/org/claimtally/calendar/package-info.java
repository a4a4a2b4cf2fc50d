/**
 * Calendar time, the stage between extraction and grouping: each claim's time phrase resolved
 * to days and a scope against its article's publication date ({@link org.claimtally.calendar.TimeResolver}),
 * and the publication date itself read from a dateline or file name when no metadata gives one
 * ({@link org.claimtally.calendar.Datelines}). The words come from the lexicon as
 * {@link org.claimtally.calendar.CalendarWords}.
 */
package org.claimtally.calendar;
