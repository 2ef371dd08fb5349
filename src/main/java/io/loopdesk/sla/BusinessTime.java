package io.loopdesk.sla;

import io.loopdesk.sla.calendar.Calendars;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Business time as other modules need it (reports: response and resolution times in working hours). */
@Service
public class BusinessTime {

    /** Working time between two instants in one calendar. */
    @FunctionalInterface
    public interface Meter {
        Duration between(Instant from, Instant to);
    }

    private final Calendars calendars;

    BusinessTime(Calendars calendars) {
        this.calendars = calendars;
    }

    /** Whether {@code day} is a working day in the tenant's calendar (holidays off, make-up days on). */
    public boolean isWorkingDay(long tenantId, LocalDate day) {
        return calendars.ofTenant(tenantId).isBusinessDay(day);
    }

    /** Whether the tenant's desk is open at {@code at} by its own calendar (e.g. its live chat's service hours). */
    public boolean isOpen(long tenantId, Instant at) {
        return calendars.ofTenant(tenantId).isOpen(at);
    }

    /** When the tenant's desk next opens at or after {@code at}; empty for a calendar without working time. */
    public Optional<Instant> nextOpening(long tenantId, Instant at) {
        return calendars.ofTenant(tenantId).nextOpening(at);
    }

    /** The tenant's own calendar (its working hours, holidays and make-up working days), read once per call. */
    public Meter ofTenant(long tenantId) {
        return calendars.ofTenant(tenantId)::between;
    }
}
