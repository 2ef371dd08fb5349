package io.loopdesk.audit;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.SignInAttackSuspected;
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
 * Tells a tenant's admins, in the app and by e-mail, when one of their accounts keeps failing to sign in from
 * anywhere: the account is never locked (that would let anyone lock a colleague out), so a person must decide, e.g.
 * to ask the user to change a weak password. The alert is in the trail too.
 */
@Component
class AttackAlerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final UserAccounts users;
    private final Tenants tenants;
    private final AuditChain chain;

    AttackAlerts(Notifications notifications, UserAccounts users, Tenants tenants, AuditChain chain) {
        this.notifications = notifications;
        this.users = users;
        this.tenants = tenants;
        this.chain = chain;
    }

    @AsyncReaction
    void on(SignInAttackSuspected suspected) {
        TenantScope.inTenant(suspected.tenantId(), () -> {
            TenantInfo tenant = tenants.byId(suspected.tenantId()).orElseThrow();
            Object[] args = {
                suspected.username(),
                suspected.failures(),
                TIME.format(suspected.since().atZone(tenant.timeZone()))
            };
            notifications.sendToStaff(
                    suspected.tenantId(),
                    users.withAnyRole(suspected.tenantId(), Set.of(Role.TENANT_ADMIN)),
                    Phrase.of("audit.attack.subject", args),
                    Phrase.of("audit.attack.body", args),
                    null,
                    null);
            chain.append(
                    suspected.tenantId(),
                    new AuditChain.Who(null, "Loopdesk", null),
                    "sign-in.attack-suspected",
                    suspected.username(),
                    null,
                    "{\"failures\":" + suspected.failures() + "}");
        });
    }
}
