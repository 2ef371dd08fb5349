package io.loopdesk.intake.mail.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.Phrase;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a ticket and its people that our e-mail reply did not reach the customer, whether the notification outbox
 * gave it up (the SMTP server refused it for good, {@link FailedReplies}) or it bounced later: an internal note and a history line on the ticket, and a notice in the app and
 * by e-mail to its assignee, or to the tenant's supervisors when nobody is assigned (its admins when it has no
 * supervisor), in the tenant's language. In the caller's transaction.
 */
@Component
public class UndeliveredReplies {

    private final Tickets tickets;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final Notifications notifications;
    private final Tenants tenants;
    private final MessageSource messages;

    UndeliveredReplies(
            Tickets tickets,
            TicketQueries queries,
            UserAccounts users,
            Notifications notifications,
            Tenants tenants,
            MessageSource messages) {
        this.tickets = tickets;
        this.queries = queries;
        this.users = users;
        this.notifications = notifications;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** @param reason what the server or the bounce said, e.g. {@code 554 5.7.1 Relay access denied} */
    public void tell(String ticketNumber, String recipient, String reason) {
        TicketView ticket = queries.get(ticketNumber, Actor.system());
        Locale locale = tenants.byId(ticket.tenantId()).orElseThrow().defaultLocale();
        Object[] args = {ticket.number(), recipient, ticket.title(), reason};
        tickets.annotate(ticket.number(), "bounce", recipient, reason, Actor.system());
        tickets.addMessage(
                ticket.number(),
                MessageKind.INTERNAL_NOTE,
                messages.getMessage("mail.undelivered.note", args, locale),
                Actor.system());
        notifications.sendToStaff(
                ticket.tenantId(),
                whoHandles(ticket),
                Phrase.of("mail.undelivered.subject", args),
                Phrase.of("mail.undelivered.body", args),
                ticket.number(),
                null);
    }

    private List<UserView> whoHandles(TicketView ticket) {
        if (ticket.assigneeId() != null) {
            List<UserView> assignee = users.byId(ticket.assigneeId()).filter(UserView::enabled).stream()
                    .toList();
            if (!assignee.isEmpty()) {
                return assignee;
            }
        }
        List<UserView> supervisors = users.withAnyRole(ticket.tenantId(), Set.of(Role.SUPERVISOR));
        return supervisors.isEmpty() ? users.withAnyRole(ticket.tenantId(), Set.of(Role.TENANT_ADMIN)) : supervisors;
    }
}
