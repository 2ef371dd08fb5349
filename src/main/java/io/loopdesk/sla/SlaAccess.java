package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may read and change a tenant's SLA settings, and the transaction they do it in: tenant admins change their
 * own tenant's, platform operators any; staff of the tenant read them. Work runs in the tenant's scope, so it can
 * see no other tenant's rows.
 */
@Component
public class SlaAccess {

    private final TransactionTemplate transactions;

    SlaAccess(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T reading(long tenantId, Actor actor, Supplier<T> work) {
        boolean staff = actor.isSystem()
                || actor.has(Role.PLATFORM_OPERATOR)
                || actor.worksTickets() && actor.tenantId() == tenantId;
        if (!staff) {
            throw new SlaForbiddenException(
                    "error.sla.read.forbidden", "Only the tenant's staff read its SLA settings.");
        }
        return inTenant(tenantId, work);
    }

    public <T> T changing(long tenantId, Actor actor, Supplier<T> work) {
        boolean admin = actor.isSystem()
                || actor.has(Role.PLATFORM_OPERATOR)
                || actor.has(Role.TENANT_ADMIN) && actor.tenantId() == tenantId;
        if (!admin) {
            throw new SlaForbiddenException(
                    "error.sla.change.forbidden", "Only the tenant's admins change its calendars and SLA policy.");
        }
        return inTenant(tenantId, work);
    }

    /** Work of the system itself (listeners, timers) in one tenant's scope and one transaction. */
    public <T> T inTenant(long tenantId, Supplier<T> work) {
        return TenantScope.inTenant(tenantId, () -> transactions.execute(status -> work.get()));
    }
}
