package io.loopdesk.reporting.monthly;

import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.EmailEnvelope;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.BusinessTime;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends last month's report to each tenant's subscribers on the first working day of the month (the tenant's
 * calendar: holidays skipped, make-up working days counted), from 08:00 in its time zone. A row per tenant and month
 * in {@code report_monthly_sent}, written in the transaction that queues the e-mails, makes it once across nodes and
 * restarts; the e-mails leave through the notification outbox with the PDF written when each is sent.
 */
@Service
public class MonthlyReportMail {

    static final LocalTime FROM = LocalTime.of(8, 0);

    private final Tenants tenants;
    private final ReportSubscriptions subscriptions;
    private final UserAccounts users;
    private final Notifications notifications;
    private final BusinessTime businessTime;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MonthlyReportMail(
            Tenants tenants,
            ReportSubscriptions subscriptions,
            UserAccounts users,
            Notifications notifications,
            BusinessTime businessTime,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.users = users;
        this.notifications = notifications;
        this.businessTime = businessTime;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public void sendWhereDue() {
        for (TenantInfo tenant : tenants.all()) {
            ZonedDateTime local = clock.instant().atZone(tenant.timeZone());
            LocalDate today = local.toLocalDate();
            if (local.toLocalTime().isBefore(FROM)
                    || !today.equals(firstWorkingDay(tenant.id(), YearMonth.from(today)))) {
                continue;
            }
            TenantScope.inTenant(
                    tenant.id(), () -> send(tenant, YearMonth.from(today).minusMonths(1)));
        }
    }

    /** Queues the month's report for every subscriber, unless it was queued already; returns how many. */
    public int send(TenantInfo tenant, YearMonth month) {
        Integer sent = transactions.execute(status -> {
            int claimed = jdbc.sql("insert into report_monthly_sent (tenant_id, report_month, sent_at) values (?, ?, ?)"
                            + " on conflict do nothing")
                    .params(tenant.id(), month.toString(), Timestamp.from(clock.instant()))
                    .update();
            if (claimed == 0) {
                return 0;
            }
            int count = 0;
            for (long userId : subscriptions.of(tenant.id())) {
                Optional<UserView> user = users.byId(userId).filter(UserView::enabled);
                Optional<Recipient.Email> to = user.flatMap(u -> Recipient.anyEmail(u.email()));
                if (to.isEmpty()) {
                    continue;
                }
                Locale language =
                        user.get().preferredLocale() != null ? user.get().preferredLocale() : tenant.defaultLocale();
                notifications.sendEmail(
                        new NotificationRequest(
                                tenant.id(),
                                to.get(),
                                new Phrase("report.monthly.mail.subject", List.of(month.toString())),
                                new Phrase("report.monthly.mail.body", List.of(month.toString(), tenant.name())),
                                null,
                                null,
                                language,
                                null),
                        new EmailEnvelope(
                                null, null, List.of(), null, List.of(MonthlyReportFiles.reference(month, language))));
                count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    LocalDate firstWorkingDay(long tenantId, YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!businessTime.isWorkingDay(tenantId, day) && day.isBefore(month.atEndOfMonth())) {
            day = day.plusDays(1);
        }
        return day;
    }
}
