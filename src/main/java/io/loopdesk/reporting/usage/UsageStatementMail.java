package io.loopdesk.reporting.usage;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.EmailEnvelope;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.Phrase;
import io.loopdesk.tenant.TenantInfo;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A platform operator sends a month's statement to the tenant's admins: one e-mail each, in their language, with the
 * PDF written when the outbox sends it.
 */
@Service
public class UsageStatementMail {

    private final UserAccounts users;
    private final Notifications notifications;

    UsageStatementMail(UserAccounts users, Notifications notifications) {
        this.users = users;
        this.notifications = notifications;
    }

    /** Queues the statement for every enabled tenant admin with an address; returns how many. */
    @Transactional
    public int send(TenantInfo tenant, YearMonth month) {
        int count = 0;
        for (UserView admin : users.withAnyRole(tenant.id(), Set.of(Role.TENANT_ADMIN))) {
            Optional<Recipient.Email> to = admin.enabled() ? Recipient.anyEmail(admin.email()) : Optional.empty();
            if (to.isEmpty()) {
                continue;
            }
            Locale language = admin.preferredLocale() != null ? admin.preferredLocale() : tenant.defaultLocale();
            notifications.sendEmail(
                    new NotificationRequest(
                            tenant.id(),
                            to.get(),
                            new Phrase("usage.mail.subject", List.of(month.toString(), tenant.name())),
                            new Phrase("usage.mail.body", List.of(month.toString(), tenant.name())),
                            null,
                            null,
                            language,
                            null),
                    new EmailEnvelope(
                            null, null, List.of(), null, List.of(UsageStatementFiles.reference(month, language))));
            count++;
        }
        return count;
    }
}
