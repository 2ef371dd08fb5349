package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.numbering.TicketNumber;
import io.loopdesk.ticket.registration.GroupCommit;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may see which ticket, in one place: the actor's tenant scope (all tenants for operators and the system)
 * decides which rows a transaction sees; within it, customers see only the tickets they raised. A ticket the
 * caller may not see is reported as not found, never as forbidden, so its existence is not revealed.
 */
@Component
public class TicketAccess {

    private final EntityManager entityManager;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final GroupCommit groupCommit;

    TicketAccess(EntityManager entityManager, PlatformTransactionManager transactionManager, GroupCommit groupCommit) {
        this.entityManager = entityManager;
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
        if (seesOnlyOwn(actor) && !ticket.isRequester(actor.userId())) {
            throw new TicketNotFoundException(number);
        }
        return ticket;
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
