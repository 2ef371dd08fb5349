package io.loopdesk.intake.mail;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A mailbox that cannot be read tells its tenant's admins, in the app and by e-mail (through the system's own mail
 * server, not the failing mailbox), so a wrong password or an expired token does not silence a channel for days.
 */
@Component
class MailboxAlerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final UserAccounts users;
    private final Tenants tenants;

    MailboxAlerts(Notifications notifications, UserAccounts users, Tenants tenants) {
        this.notifications = notifications;
        this.users = users;
        this.tenants = tenants;
    }

    @AsyncReaction
    void on(MailboxFailing failing) {
        TenantScope.inTenant(failing.tenantId(), () -> {
            TenantInfo tenant = tenants.byId(failing.tenantId()).orElseThrow();
            Object[] args = {
                failing.name(),
                failing.address(),
                TIME.format(failing.since().atZone(tenant.timeZone())),
                failing.error()
            };
            notifications.sendToStaff(
                    failing.tenantId(),
                    users.withAnyRole(failing.tenantId(), Set.of(Role.TENANT_ADMIN)),
                    Phrase.of("mail.alert.subject", args),
                    Phrase.of("mail.alert.body", args),
                    null,
                    null);
        });
    }
}
