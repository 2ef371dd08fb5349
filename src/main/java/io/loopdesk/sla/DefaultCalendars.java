package io.loopdesk.sla;

import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import java.time.ZoneId;
import java.util.Set;

/**
 * The calendar of a tenant that has not saved one (REQUIREMENTS §5). The plan decides the hours: FLAGSHIP tenants
 * buy the hosted service, answered 7×12 (every day 08:00–20:00, seed 000); ENTERPRISE and BASIC tenants run a
 * provider's desk, 5×8 (Monday to Friday 09:00–18:00, seed 003). The zone is the tenant's; a tenant in mainland
 * China gets China's public holidays and make-up working days, which an admin can edit once saved.
 */
final class DefaultCalendars {

    private static final Set<String> MAINLAND_CHINA =
            Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "PRC");

    private DefaultCalendars() {}

    static BusinessCalendar forTenant(TenantInfo tenant) {
        return forPlan(tenant.plan(), tenant.timeZone());
    }

    static BusinessCalendar forPlan(Plan plan, ZoneId zone) {
        WeeklyHours hours = switch (plan) {
            case FLAGSHIP -> WeeklyHours.sevenByTwelve();
            case ENTERPRISE, BASIC -> WeeklyHours.fiveByEight();
        };
        HolidaySchedule holidays =
                MAINLAND_CHINA.contains(zone.getId()) ? ChinaHolidays2026.SCHEDULE : HolidaySchedule.NONE;
        return new BusinessCalendar(zone, hours, holidays);
    }
}
