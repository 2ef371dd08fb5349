package io.loopdesk.reporting.usage;

import io.loopdesk.notification.EmailEnvelope;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.TenantAdmins;
import io.loopdesk.shared.Phrase;
import io.loopdesk.tenant.TenantInfo;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A platform operator sends a month's statement to the tenant's admins: one e-mail each, in their language, with the
 * PDF written when the outbox sends it.
 */
@Service
public class UsageStatementMail {

    private final TenantAdmins admins;
    private final Notifications notifications;

    UsageStatementMail(TenantAdmins admins, Notifications notifications) {
        this.admins = admins;
        this.notifications = notifications;
    }

    /** Queues the statement for every enabled tenant admin with an address; returns how many. */
    @Transactional
    public int send(TenantInfo tenant, YearMonth month) {
        List<TenantAdmins.Address> addresses = admins.of(tenant);
        for (TenantAdmins.Address admin : addresses) {
            notifications.sendEmail(
                    new NotificationRequest(
                            tenant.id(),
                            admin.to(),
                            new Phrase("usage.mail.subject", List.of(month.toString(), tenant.name())),
                            new Phrase("usage.mail.body", List.of(month.toString(), tenant.name())),
                            null,
                            null,
                            admin.language(),
                            null),
                    new EmailEnvelope(
                            null,
                            null,
                            List.of(),
                            null,
                            List.of(UsageStatementFiles.reference(month, admin.language()))));
        }
        return addresses.size();
    }
}
