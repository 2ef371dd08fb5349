package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.Channel;
import io.loopdesk.ticket.MessageKind;
import io.loopdesk.ticket.MessageView;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketStatus;
import io.loopdesk.ticket.TicketView;
import io.loopdesk.ticket.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A person's mail into the ticket module, in the caller's transaction: a message on the open ticket it answers
 * (a public reply from its customer, an internal note from anyone else), else a new ticket with the sender as its
 * customer (an account is made for a new sender). The sender's address is the contact as the mail names it.
 */
@Component
class MailToTicket {

    /** The ticket module's limit for a customer's name. */
    private static final int MAX_NAME = 200;

    private final QuoteTrimmer trimmer = new QuoteTrimmer();
    private final MailThreading threading;
    private final UserAccounts users;
    private final Tickets tickets;
    private final MailFiles files;
    private final Clock clock;

    MailToTicket(MailThreading threading, UserAccounts users, Tickets tickets, MailFiles files, Clock clock) {
        this.threading = threading;
        this.users = users;
        this.tickets = tickets;
        this.files = files;
        this.clock = clock;
    }

    MailOutcome take(long tenant, ParsedMail mail) {
        String address = mail.from().address();
        String name =
                clip(mail.from().displayName().isBlank() ? address : mail.from().displayName(), MAX_NAME);
        UserView customer = users.customerByEmail(tenant, address, name);
        Actor actor = new Actor(customer.id(), tenant, customer.username(), customer.displayName(), customer.roles());
        Optional<TicketView> thread = threading.ticketOf(tenant, mail);
        if (thread.isPresent() && thread.get().status() != TicketStatus.CLOSED) {
            TicketView ticket = thread.get();
            // only the mail's own text carries quoted history; a forwarded mail below it stays whole
            String body = trimmer.trim(MailText.own(mail)) + MailText.forwarded(mail);
            if (customer.id() == (ticket.requesterId() == null ? -1 : ticket.requesterId())) {
                MessageView reply = tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, body, actor);
                files.keep(ticket.number(), reply.id(), mail, actor);
            } else {
                MessageView note = tickets.addMessage(
                        ticket.number(),
                        MessageKind.INTERNAL_NOTE,
                        "E-mail from " + name + " <" + address + ">:\n\n" + body,
                        Actor.system());
                files.keep(ticket.number(), note.id(), mail, Actor.system());
            }
            return MailOutcome.appended(ticket.number());
        }
        String text = MailText.of(mail);
        String description = thread.isPresent()
                ? "Follow-up to the closed ticket " + thread.get().number() + ".\n\n" + text
                : text;
        Instant now = clock.instant();
        Instant sent = mail.date() != null && mail.date().isBefore(now) ? mail.date() : now;
        TicketView opened = tickets.open(
                tenant,
                Channel.EMAIL,
                OpenTicket.builder()
                        .customer(name, name, address)
                        .title(mail.subject().isBlank() ? null : clip(mail.subject(), 300))
                        .description(description)
                        .firstReceivedAt(sent)
                        .build(),
                actor);
        files.keep(opened.number(), null, mail, actor);
        return MailOutcome.opened(opened.number());
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
