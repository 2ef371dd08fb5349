package io.loopdesk.sla.calendar;

import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The calendar of a tenant that has not saved one (REQUIREMENTS §5). The plan decides the hours: FLAGSHIP tenants
 * buy the hosted service, answered 7×12 (every day 08:00–20:00, seed 000); ENTERPRISE and BASIC tenants run a
 * provider's desk, 5×8 (Monday to Friday 09:00–18:00, seed 003). The zone is the tenant's; a tenant in mainland
 * China gets China's public holidays and make-up working days of every year Loopdesk has data for
 * ({@link PublicHolidays}), which an admin can edit once saved.
 */
@Component
class DefaultCalendars {

    private static final Set<String> MAINLAND_CHINA =
            Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "PRC");

    private final PublicHolidays publicHolidays;

    DefaultCalendars(PublicHolidays publicHolidays) {
        this.publicHolidays = publicHolidays;
    }

    BusinessCalendar forTenant(TenantInfo tenant) {
        return forPlan(tenant.plan(), tenant.timeZone());
    }

    private BusinessCalendar forPlan(Plan plan, ZoneId zone) {
        WeeklyHours hours = switch (plan) {
            case FLAGSHIP -> WeeklyHours.sevenByTwelve();
            case ENTERPRISE, BASIC -> WeeklyHours.fiveByEight();
        };
        HolidaySchedule holidays = region(zone).map(publicHolidays::all).orElse(HolidaySchedule.NONE);
        return new BusinessCalendar(zone, hours, holidays);
    }

    /** The region whose public holidays a desk in this zone keeps, if Loopdesk knows one. */
    static Optional<String> region(ZoneId zone) {
        return MAINLAND_CHINA.contains(zone.getId()) ? Optional.of(PublicHolidays.CHINA) : Optional.empty();
    }
}
