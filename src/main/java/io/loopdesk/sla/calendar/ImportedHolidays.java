package io.loopdesk.sla.calendar;

/**
 * What an import added to a calendar.
 *
 * @param year the year the file was for
 * @param days the holidays and make-up working days it listed
 * @param calendar the calendar as saved
 */
public record ImportedHolidays(int year, int days, CalendarView calendar) {}
