package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Fixtures;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A tenant in Shanghai working Monday to Friday, 09:00–18:00, with one customer: the desk of the SLA tests that run
 * whole nodes ({@code TestNodes}), where a clock is set to a working Monday and moved past due times.
 */
record FiveByEightDesk(TenantInfo tenant, UserView customer) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Next Monday at 10:00 in Shanghai: six working hours before a first response due on the same day. */
    static Instant nextMondayAtTen() {
        LocalDate monday = LocalDate.now(SHANGHAI).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return LocalDateTime.of(monday, LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
    }

    static FiveByEightDesk open(ConfigurableApplicationContext node, String name) {
        TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                .register(
                        name.toLowerCase(Locale.ROOT) + "-" + System.nanoTime() % 100000,
                        name,
                        Plan.ENTERPRISE,
                        SHANGHAI,
                        Locale.SIMPLIFIED_CHINESE));
        node.getBean(Calendars.class)
                .save(tenant.id(), null, SlaScene.fiveByEightInShanghai(), Actor.system(tenant.id()));
        UserView customer = user(
                node,
                tenant,
                NewUser.customer(
                        name.toLowerCase(Locale.ROOT) + "-customer-" + tenant.id(),
                        "客户",
                        "c" + tenant.id() + "@example.com",
                        "13812341234",
                        CustomerLevel.STANDARD));
        return new FiveByEightDesk(tenant, customer);
    }

    static UserView user(ConfigurableApplicationContext node, TenantInfo tenant, NewUser user) {
        return TenantScope.asSystem(
                () -> node.getBean(UserAccounts.class).create(tenant.id(), user, Fixtures.PASSWORD));
    }
}
