package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.PolicyName;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the SLA integration tests share: a tenant on a plain 5×8 Shanghai desk without holidays, the test clock put
 * on a known weekday and time (always forward), and the notifications a person received.
 */
public final class SlaScene {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TestClock clock;
    private final BackgroundWork background;
    private final Calendars calendars;
    private final SlaPolicies policies;
    private final Notifications notifications;
    private LocalDate monday;

    public SlaScene(
            TestClock clock,
            BackgroundWork background,
            Calendars calendars,
            SlaPolicies policies,
            Notifications notifications) {
        this.clock = clock;
        this.background = background;
        this.calendars = calendars;
        this.policies = policies;
        this.notifications = notifications;
    }

    /** Monday to Friday 09:00–18:00 (nine working hours a day), no holidays. */
    public void fiveByEight(TenantInfo tenant) {
        calendars.save(tenant.id(), null, fiveByEightInShanghai(), Actor.system(tenant.id()));
    }

    /** A Shanghai calendar of Monday to Friday 09:00–18:00 without holidays. */
    static CalendarDraft fiveByEightInShanghai() {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, "09:00-18:00");
        }
        return new CalendarDraft("Asia/Shanghai", hours, List.of());
    }

    /** The tenant's settings with a change applied. */
    public void settings(TenantInfo tenant, java.util.function.UnaryOperator<SlaSettings> change) {
        policies.save(tenant.id(), change.apply(policies.settings(tenant.id())), Actor.system(tenant.id()));
    }

    /** Puts the clock on the next Monday at {@code time} (Shanghai), at least a day ahead. */
    public Instant nextMondayAt(String time) {
        background.settle();
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        monday = today.plusDays(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant at = monday.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
        clock.set(at);
        return at;
    }

    /** The instant of that week's {@code day} (0 = the Monday) at {@code time}. */
    public Instant day(int day, String time) {
        return monday.plusDays(day)
                .atTime(LocalTime.parse(time))
                .atZone(SHANGHAI)
                .toInstant();
    }

    /** Moves the clock forward to {@code at} and lets every timer due by then fire. */
    public void moveTo(Instant at) {
        background.settle();
        clock.set(at);
        background.settle();
    }

    public void settle() {
        background.settle();
    }

    /** The user's in-app notices, without routing's "assigned to you" ones: these tests count the SLA's. */
    public List<NotificationView> inbox(TenantInfo tenant, long userId) {
        return TenantScope.inTenant(tenant.id(), () -> notifications.inbox(userId)).stream()
                .filter(n -> !n.subject().contains("已分配给你"))
                .toList();
    }

    public static SlaSettings marketplace(SlaSettings s) {
        return new SlaSettings(
                PolicyName.MARKETPLACE,
                s.standard(),
                s.marketplace(),
                s.resolution(),
                s.bases(),
                s.clocks(),
                s.autoClose(),
                s.complaints());
    }

    public static SlaSettings withBasis(SlaSettings s, SlaTarget target, TimeBasis basis) {
        Map<SlaTarget, TimeBasis> bases = new EnumMap<>(s.bases());
        bases.put(target, basis);
        return new SlaSettings(
                s.policy(),
                s.standard(),
                s.marketplace(),
                s.resolution(),
                bases,
                s.clocks(),
                s.autoClose(),
                s.complaints());
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }
}
