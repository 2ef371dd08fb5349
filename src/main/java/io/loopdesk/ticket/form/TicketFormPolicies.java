package io.loopdesk.ticket.form;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.ticket.TicketAccess;
import io.loopdesk.ticket.TicketForbiddenException;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Each tenant's registration rules. Every new ticket reads them, so each node remembers them until any node changes
 * them ({@link Remembered}).
 */
@Component
public class TicketFormPolicies {

    private final Remembered<Long, TicketFormRules> remembered;
    private final ApplicationEventPublisher events;
    private final TicketFormPolicyRepository policies;
    private final TicketAccess access;

    TicketFormPolicies(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            TicketFormPolicyRepository policies,
            TicketAccess access) {
        this.remembered = Remembered.perTenant("form-rules", Duration.ofMinutes(10), signals);
        this.events = events;
        this.policies = policies;
        this.access = access;
    }

    /** The tenant's rules (the defaults until the tenant changes them). */
    public TicketFormRules rules(long tenantId) {
        return remembered.get(
                tenantId,
                id -> access.readOnlyInTenant(
                        id,
                        () -> policies.findById(id).map(TicketFormPolicy::rules).orElse(TicketFormRules.DEFAULT)));
    }

    /** Changes the tenant's rules; for its tenant admins and platform operators. */
    public TicketFormRules change(long tenantId, TicketFormRules rules, Actor actor) {
        boolean admin =
                actor.has(Role.PLATFORM_OPERATOR) || (actor.has(Role.TENANT_ADMIN) && actor.tenantId() == tenantId);
        if (!admin) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.formRules", "Only the tenant's admins change its registration rules.");
        }
        TicketFormRules changed = access.inTransaction(actor, () -> {
            TicketFormPolicy policy = policies.findById(tenantId).orElseGet(() -> new TicketFormPolicy(tenantId));
            TicketFormRules before = policy.rules();
            policy.change(rules);
            TicketFormRules after = policies.save(policy).rules();
            events.publishEvent(new Audited(tenantId, "form-rules.changed", "registration form", before, after));
            return after;
        });
        remembered.forget(tenantId);
        return changed;
    }
}
