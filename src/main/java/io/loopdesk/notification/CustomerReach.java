package io.loopdesk.notification;

import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a customer hears about their ticket: on the channel they wrote from. E-mail for mail, the web form and
 * integrations; a text message for a caller; for an app user, the app itself when it takes its users' notices
 * ({@link CustomerApps}), else the contact they left in the app. Imported records (live rooms, social media, outside
 * sites) and chats left no address we may write to, unless the customer gave one. Every notice to a ticket's
 * customer goes where this says.
 */
@Component
public class CustomerReach {

    private final List<CustomerApps> apps;

    CustomerReach(List<CustomerApps> apps) {
        this.apps = List.copyOf(apps);
    }

    /** The address to tell the customer of {@code ticket} at, if any: the ticket's own, else their account's. */
    public Optional<Recipient> of(TicketView ticket, @Nullable UserView requester) {
        if (ticket.channel() == Channel.APP) {
            Optional<Recipient> app = apps.stream()
                    .map(owner -> owner.noticesFor(ticket.tenantId(), ticket.number()))
                    .flatMap(Optional::stream)
                    .map(Recipient.class::cast)
                    .findFirst();
            if (app.isPresent()) {
                return app;
            }
        }
        String accountEmail = requester == null ? null : requester.email();
        String accountPhone = requester == null ? null : requester.phone();
        Optional<Recipient> email =
                Recipient.anyEmail(ticket.contact(), accountEmail).map(Recipient.class::cast);
        Optional<Recipient> mobile = Recipient.anyMobile(ticket.phone(), ticket.contact(), accountPhone)
                .map(Recipient.class::cast);
        return switch (ticket.channel()) {
            case PHONE -> mobile.or(() -> email);
            case EMAIL, WEB, API -> email.or(() -> mobile);
            case APP, CHAT, LIVE_ROOM, SOCIAL_MEDIA, OUTSIDE_SITE -> email.or(() -> mobile);
        };
    }
}
