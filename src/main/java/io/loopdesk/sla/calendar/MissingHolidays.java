package io.loopdesk.sla.calendar;

import java.util.List;

/**
 * A tenant's calendars that listed holidays for the year before {@code year} and list none for {@code year}: from
 * 1 January their SLA clocks and auto-close would count the holidays as working days.
 *
 * @param year the year without holidays
 * @param tenantCalendar whether the tenant's calendar (saved, or its plan's default) is one of them
 * @param teams the names of the teams whose own calendars are
 * @param chinaYearKnown whether Loopdesk has China's schedule of that year, to add with one click
 */
public record MissingHolidays(int year, boolean tenantCalendar, List<String> teams, boolean chinaYearKnown) {

    public MissingHolidays {
        teams = List.copyOf(teams);
    }
}
