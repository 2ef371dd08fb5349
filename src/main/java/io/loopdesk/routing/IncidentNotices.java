package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.Channel;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketView;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * When a major incident is resolved, each linked customer hears it through the channel they came by. The public
 * reply already reaches e-mail customers as a mail in their thread and portal and app users on their ticket; on top
 * of that, a customer who phoned gets a text message, and everyone else who is not on e-mail gets an e-mail (or a
 * text when only a mobile number is known), because nobody watches a ticket page for news.
 */
@Component
class IncidentNotices {

    private final Notifications notifications;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final Tenants tenants;
    private final MessageSource messages;

    IncidentNotices(
            Notifications notifications,
            TicketQueries queries,
            UserAccounts users,
            Tenants tenants,
            MessageSource messages) {
        this.notifications = notifications;
        this.queries = queries;
        this.users = users;
        this.tenants = tenants;
        this.messages = messages;
    }

    @AsyncReaction
    void on(IncidentResolved resolved) {
        TenantScope.inTenant(resolved.tenantId(), () -> {
            Locale locale = tenants.byId(resolved.tenantId()).orElseThrow().defaultLocale();
            for (String number : resolved.tickets()) {
                TicketView ticket = queries.get(number, Actor.system());
                if (ticket.channel() == Channel.EMAIL) {
                    continue; // the resolving reply went out as a mail in the customer's own thread
                }
                UserView requester = ticket.requesterId() == null
                        ? null
                        : users.byId(ticket.requesterId()).orElse(null);
                String subject = messages.getMessage(
                        "notice.incident.subject", new Object[] {ticket.number(), resolved.title()}, locale);
                String body = messages.getMessage(
                        "notice.incident.body",
                        new Object[] {ticket.number(), ticket.title(), resolved.message()},
                        locale);
                reach(ticket, requester)
                        .ifPresent(to -> notifications.send(NotificationRequest.now(
                                ticket.tenantId(),
                                to,
                                to.channel() == NotificationChannel.SMS ? "" : subject,
                                body,
                                ticket.number())));
            }
        });
    }

    /** A phone customer by text first; everyone else by e-mail first; whichever address is known. */
    private static Optional<Recipient> reach(TicketView ticket, @Nullable UserView requester) {
        String accountEmail = requester == null ? null : requester.email();
        String accountPhone = requester == null ? null : requester.phone();
        Optional<Recipient> email =
                Recipient.anyEmail(ticket.contact(), accountEmail).map(Recipient.class::cast);
        Optional<Recipient> mobile = Recipient.anyMobile(ticket.phone(), ticket.contact(), accountPhone)
                .map(Recipient.class::cast);
        return ticket.channel() == Channel.PHONE ? mobile.or(() -> email) : email.or(() -> mobile);
    }
}
