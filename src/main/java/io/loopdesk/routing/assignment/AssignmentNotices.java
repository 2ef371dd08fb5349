package io.loopdesk.routing.assignment;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.Categories;
import io.loopdesk.shared.Phrase;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketAssigned;
import io.loopdesk.ticket.view.TicketView;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member of staff that a ticket was put on their desk, in the app and by e-mail: what it is about, when it
 * is due and how to reach the customer, so they can start from the notice alone. Someone who took the ticket
 * themselves is not told.
 */
@Component
class AssignmentNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SUMMARY_LENGTH = 300;

    private final Notifications notifications;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final Categories categories;
    private final Tenants tenants;

    AssignmentNotices(
            Notifications notifications,
            TicketQueries queries,
            UserAccounts users,
            Categories categories,
            Tenants tenants) {
        this.notifications = notifications;
        this.queries = queries;
        this.users = users;
        this.categories = categories;
        this.tenants = tenants;
    }

    /**
     * Runs in the assigning transaction, so the notice commits with the assignment, never one without the other, and
     * the ticket and the assignee are at hand already; as a reaction after commit it cost an outbox entry, transactions
     * of its own and reading both again. It only writes rows: the e-mail leaves after commit, on its delivery timer.
     */
    @EventListener
    void on(TicketAssigned assigned) {
        Long assigneeId = assigned.assigneeId();
        if (assigneeId == null || assigneeId.equals(assigned.actorId())) {
            return;
        }
        UserView assignee = users.byId(assigneeId).filter(UserView::enabled).orElse(null);
        if (assignee == null) {
            return;
        }
        TicketView ticket = queries.get(assigned.number(), Actor.system());
        TenantInfo tenant = tenants.byId(ticket.tenantId()).orElseThrow();
        Phrase subject = Phrase.of("notice.assigned.subject", ticket.number(), ticket.title());
        Phrase body = Phrase.of(
                "notice.assigned.body",
                ticket.number(),
                ticket.title(),
                categoryName(ticket),
                Phrase.of("notice.urgency." + ticket.urgency()),
                TIME.format(ticket.resolutionDueAt().atZone(tenant.timeZone())),
                contactLine(ticket, assignee),
                summary(ticket.description()));
        notifications.sendToStaff(ticket.tenantId(), List.of(assignee), subject, body, ticket.number(), null);
    }

    /** The category's Chinese or English name, whichever the reader reads. */
    private Object categoryName(TicketView ticket) {
        if (ticket.category() == null) {
            return "—";
        }
        String code = ticket.category();
        return categories
                .find(ticket.tenantId(), code)
                .<Object>map(c -> Phrase.of("text.bilingual", c.nameZh(), c.nameEn()))
                .orElse(code);
    }

    /** Who to call or write to; only for staff whose role may see a customer's details at all. */
    private Object contactLine(TicketView ticket, UserView assignee) {
        if (assignee.roles().stream().noneMatch(Role.SEES_CONTACT_DETAILS::contains)) {
            return Phrase.of("notice.assigned.contactHidden");
        }
        String line = Stream.of(ticket.customerName(), ticket.contactPerson(), ticket.phone(), ticket.contact())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .distinct()
                .collect(Collectors.joining(" · "));
        return line.isEmpty() ? "—" : line;
    }

    private static String summary(String description) {
        String flat = description.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH) + "…";
    }
}
