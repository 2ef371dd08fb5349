package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.numbering.TicketNumber;
import io.loopdesk.ticket.registration.GroupCommit;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may see which ticket, in one place: the actor's tenant scope (all tenants for operators and the system)
 * decides which rows a transaction sees; within it, customers see only the tickets they raised, and platform operators
 * only the tickets of their own tenant and of tenants whose brands authorised the platform to work them (托管授权).
 * A ticket the caller may not see is reported as not found, never as forbidden, so its existence is not revealed.
 */
@Component
public class TicketAccess {

    private final EntityManager entityManager;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final GroupCommit groupCommit;
    private final Tenants tenants;

    TicketAccess(
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            GroupCommit groupCommit,
            Tenants tenants) {
        this.entityManager = entityManager;
        this.tenants = tenants;
        this.groupCommit = groupCommit;
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /**
     * The ticket with this number if the actor may see it. Loaded by its natural id, so Hibernate answers a number it
     * has seen in this transaction from the persistence context: the reactions inside a ticket's registering or
     * assigning transaction read it without a query. The tenant is checked here.
     */
    public Ticket visible(String number, Actor actor) {
        Ticket ticket = entityManager
                .unwrap(Session.class)
                .bySimpleNaturalId(Ticket.class)
                .loadOptional(new TicketNumber(number.strip()).value())
                .filter(t -> TenantScope.isAllTenants() || t.tenantId() == TenantScope.current())
                .orElseThrow(() -> new TicketNotFoundException(number));
        if ((seesOnlyOwn(actor) && !ticket.isRequester(actor.userId())) || !hosts(actor, ticket.tenantId())) {
            throw new TicketNotFoundException(number);
        }
        return ticket;
    }

    /**
     * Whether the actor may work this tenant's tickets as far as hosting goes: everyone may in their own tenant, a
     * platform operator in another only while its brand's authorisation stands. Read from the remembered tenant, which
     * every node forgets when the authorisation is withdrawn.
     */
    boolean hosts(Actor actor, long tenantId) {
        return !hostsOnlyAuthorised(actor)
                || tenantId == actor.tenantId()
                || tenants.byId(tenantId).map(TenantInfo::hostingAuthorised).orElse(false);
    }

    /**
     * The tenants whose tickets a platform operator's lists may show (their own and the authorised ones); {@code null}
     * for everyone else, whose tenant scope already decides.
     */
    @Nullable
    Set<Long> listableTenants(Actor actor) {
        if (!hostsOnlyAuthorised(actor)) {
            return null;
        }
        Set<Long> listable = new HashSet<>(tenants.hostingAuthorised());
        listable.add(actor.tenantId());
        return listable;
    }

    private static boolean hostsOnlyAuthorised(Actor actor) {
        return !actor.isSystem() && actor.has(Role.PLATFORM_OPERATOR);
    }

    /**
     * Whether the actor sees only the tickets they raised: customers, and staff who work no tickets (a knowledge
     * editor).
     */
    static boolean seesOnlyOwn(Actor actor) {
        return !actor.isSystem() && !actor.worksTickets();
    }

    /** Full phone and contact for those who must reach the customer, and for the customer themselves. */
    static boolean showsContactDetails(Actor actor, Ticket ticket) {
        return actor.isSystem() || actor.hasAny(Role.SEES_CONTACT_DETAILS) || ticket.isRequester(actor.userId());
    }

    /** The same rule for a list of the actor's tickets: customers only ever list their own. */
    static boolean showsContactDetails(Actor actor) {
        return actor.isSystem() || actor.hasAny(Role.SEES_CONTACT_DETAILS) || actor.isCustomer();
    }

    public <T> T inTransaction(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> writing.execute(status -> work.get()));
    }

    /** Like {@link #inTransaction}, in a transaction that may hold other registrations of the same scope. */
    <T> T inGroupCommit(Actor actor, Supplier<T> work) {
        return groupCommit.run(actor, work);
    }

    public <T> T readOnly(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> reading.execute(status -> work.get()));
    }

    public <T> T readOnlyInTenant(long tenantId, Supplier<T> work) {
        return TenantScope.inTenant(tenantId, () -> reading.execute(status -> work.get()));
    }
}
