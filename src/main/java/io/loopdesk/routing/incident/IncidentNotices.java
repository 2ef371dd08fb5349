package io.loopdesk.routing.incident;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.CustomerReach;
import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.IncidentResolved;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
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
    private final CustomerReach reach;

    IncidentNotices(Notifications notifications, CustomerReach reach, TicketQueries queries, UserAccounts users) {
        this.notifications = notifications;
        this.reach = reach;
        this.queries = queries;
        this.users = users;
    }

    @AsyncReaction
    void on(IncidentResolved resolved) {
        TenantScope.inTenant(resolved.tenantId(), () -> {
            for (String number : resolved.tickets()) {
                TicketView ticket = queries.get(number, Actor.system());
                if (ticket.channel() == Channel.EMAIL) {
                    continue; // the resolving reply went out as a mail in the customer's own thread
                }
                UserView requester = ticket.requesterId() == null
                        ? null
                        : users.byId(ticket.requesterId()).orElse(null);
                Phrase subject = Phrase.of("notice.incident.subject", ticket.number(), resolved.title());
                Phrase body = Phrase.of("notice.incident.body", ticket.number(), ticket.title(), resolved.message());
                // in the customer's language: their account's, else the tenant's
                reach.of(ticket, requester)
                        .ifPresent(to -> notifications.send(NotificationRequest.now(
                                        ticket.tenantId(),
                                        to,
                                        to.channel() == NotificationChannel.SMS ? null : subject,
                                        body,
                                        ticket.number())
                                .in(requester == null ? null : requester.preferredLocale())));
            }
        });
    }
}
