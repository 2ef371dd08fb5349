package io.loopdesk.sla.calendar;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.SlaNotFoundException;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whether a tenant's calendars know the coming year's holidays. From 1 November (on the tenant's clock) the year
 * that matters is the next one, before that the current one: a calendar that lists holidays for the year before it
 * and none for it is missing them, since public holidays are set a year at a time (China's in the November
 * before). A calendar that never listed any holidays is not missing anything.
 */
@Service
public class HolidayCoverage {

    /** The month from which next year's holidays are expected. */
    static final Month WARN_FROM = Month.NOVEMBER;

    private final Calendars calendars;
    private final PublicHolidays publicHolidays;
    private final Tenants tenants;
    private final Clock clock;

    HolidayCoverage(Calendars calendars, PublicHolidays publicHolidays, Tenants tenants, Clock clock) {
        this.calendars = calendars;
        this.publicHolidays = publicHolidays;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The year whose holidays a tenant in this zone needs now. */
    int yearDue(TenantInfo tenant) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.timeZone()));
        return today.getMonth().compareTo(WARN_FROM) >= 0 ? today.getYear() + 1 : today.getYear();
    }

    /** The tenant's calendars (its own and its teams' own) that lack the holidays of the year due, if any. */
    public Optional<MissingHolidays> missing(long tenantId) {
        TenantInfo tenant = tenants.byId(tenantId)
                .orElseThrow(() -> new SlaNotFoundException(
                        "error.sla.tenant.unknown", "No tenant " + tenantId + ".", String.valueOf(tenantId)));
        int year = yearDue(tenant);
        boolean tenantCalendar = false;
        List<String> teams = new ArrayList<>();
        for (CalendarView view : calendars.list(tenantId, Actor.system())) {
            boolean own = view.teamId() == null || view.saved();
            if (own && lacks(view.calendar(), year)) {
                if (view.teamId() == null) {
                    tenantCalendar = true;
                } else {
                    teams.add(String.valueOf(view.teamName()));
                }
            }
        }
        return tenantCalendar || !teams.isEmpty()
                ? Optional.of(new MissingHolidays(
                        year,
                        tenantCalendar,
                        teams,
                        publicHolidays.year(PublicHolidays.CHINA, year).isPresent()))
                : Optional.empty();
    }

    private static boolean lacks(CalendarDraft calendar, int year) {
        List<Integer> years = calendar.holidays().stream()
                .map(day -> LocalDate.parse(String.valueOf(day.date())).getYear())
                .toList();
        return years.contains(year - 1) && !years.contains(year);
    }
}
