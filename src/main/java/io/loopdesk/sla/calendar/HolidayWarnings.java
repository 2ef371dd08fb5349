package io.loopdesk.sla.calendar;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a tenant's admins in the app, and every platform operator, when the tenant's calendars lack the coming year's
 * holidays ({@link HolidayCoverage}): once per tenant and year, however many nodes or days check (the row in
 * {@code sla_holiday_warning} decides), each person in their own language.
 */
@Component
class HolidayWarnings {

    private static final Logger log = LoggerFactory.getLogger(HolidayWarnings.class);

    private final HolidayCoverage coverage;
    private final Tenants tenants;
    private final UserAccounts users;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HolidayWarnings(
            HolidayCoverage coverage,
            Tenants tenants,
            UserAccounts users,
            Notifications notifications,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.coverage = coverage;
        this.tenants = tenants;
        this.users = users;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Checks every tenant not yet warned about the year it needs, and warns where holidays are missing. */
    void warnWhereMissing() {
        Set<String> warned =
                warnedSince(LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear() - 1);
        for (TenantInfo tenant : TenantScope.asSystem(tenants::all)) {
            if (warned.contains(tenant.id() + ":" + coverage.yearDue(tenant))) {
                continue;
            }
            try {
                coverage.missing(tenant.id()).ifPresent(missing -> warnOnce(tenant, missing));
            } catch (RuntimeException e) {
                log.warn("Could not check the holidays of tenant {}", tenant.code(), e);
            }
        }
    }

    private Set<String> warnedSince(int year) {
        return new HashSet<>(TenantScope.asSystem(
                () -> jdbc.sql("select tenant_id, for_year from sla_holiday_warning where for_year >= ?")
                        .param(year)
                        .query((row, n) -> row.getLong(1) + ":" + row.getInt(2))
                        .list()));
    }

    private void warnOnce(TenantInfo tenant, MissingHolidays missing) {
        try {
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into sla_holiday_warning (tenant_id, for_year, warned_at) values (?, ?, ?)")
                        .params(tenant.id(), missing.year(), Timestamp.from(clock.instant()))
                        .update();
                for (UserView admin : users.withAnyRole(tenant.id(), Set.of(Role.TENANT_ADMIN))) {
                    tell(admin, "sla.holidays.notice", tenant, missing);
                }
                for (UserView operator : users.platformOperators()) {
                    tell(operator, "sla.holidays.operatorNotice", tenant, missing);
                }
            }));
        } catch (DuplicateKeyException alreadyWarned) {
            // this tenant heard about this year already, from this node or another
        }
    }

    private void tell(UserView user, String key, TenantInfo tenant, MissingHolidays missing) {
        Object[] args = {String.valueOf(missing.year()), calendars(missing), tenant.name(), tenant.code()};
        Phrase advice = Phrase.of(key + ".advice." + (missing.chinaYearKnown() ? "known" : "unknown"), args);
        notifications.send(NotificationRequest.now(
                user.tenantId(),
                new Recipient.StaffUser(user.id()),
                Phrase.of(key + ".subject", args),
                Phrase.of("text.sentences", Phrase.of(key + ".body", args), advice),
                null));
    }

    /** The calendars that lack the year: the tenant's (named in the reader's language) and the teams'. */
    private static Object calendars(MissingHolidays missing) {
        String teams = String.join(", ", missing.teams());
        if (!missing.tenantCalendar()) {
            return teams;
        }
        return teams.isEmpty()
                ? Phrase.of("sla.calendar.tenant")
                : Phrase.of("text.list", Phrase.of("sla.calendar.tenant"), teams);
    }
}
