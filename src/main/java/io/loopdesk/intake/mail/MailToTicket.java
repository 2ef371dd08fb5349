package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.intake.mail.mime.MailText;
import io.loopdesk.intake.mail.mime.ParsedMail;
import io.loopdesk.intake.mail.mime.QuoteTrimmer;
import io.loopdesk.shared.StorableText;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.side.SideConversations;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
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
    private final SideConversations sides;
    private final Clock clock;

    MailToTicket(
            MailThreading threading,
            UserAccounts users,
            Tickets tickets,
            MailFiles files,
            SideConversations sides,
            Clock clock) {
        this.threading = threading;
        this.users = users;
        this.tickets = tickets;
        this.files = files;
        this.sides = sides;
        this.clock = clock;
    }

    MailOutcome take(long tenant, ParsedMail mail) {
        Cleaning cleaning = new Cleaning();
        String address = cleaning.of(mail.from().address());
        String name = clip(
                cleaning.of(
                        mail.from().displayName().isBlank()
                                ? address
                                : mail.from().displayName()),
                MAX_NAME);
        // an answer in a side conversation joins it, not the customer's conversation, and makes no customer account
        Optional<Long> side = threading.sideOf(tenant, mail);
        if (side.isPresent()) {
            String answer = cleaning.of(trimmer.trim(MailText.own(mail)) + MailText.forwarded(mail));
            Optional<String> joined = sides.received(tenant, side.get(), address, name, answer);
            if (joined.isPresent()) {
                return MailOutcome.appended(joined.get());
            }
        }
        UserView customer = users.customerByEmail(tenant, address, name);
        Actor actor = new Actor(customer.id(), tenant, customer.username(), customer.displayName(), customer.roles());
        Optional<TicketView> thread = threading.ticketOf(tenant, mail);
        if (thread.isPresent() && thread.get().status() != TicketStatus.CLOSED) {
            TicketView ticket = thread.get();
            // only the mail's own text carries quoted history; a forwarded mail below it stays whole
            String body = cleaning.of(trimmer.trim(MailText.own(mail)) + MailText.forwarded(mail));
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
            cleaning.note(tickets, ticket.number());
            return MailOutcome.appended(ticket.number());
        }
        String text = cleaning.of(MailText.of(mail));
        String subject = cleaning.of(mail.subject());
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
                        .title(subject.isBlank() ? null : clip(subject, 300))
                        .description(description)
                        .firstReceivedAt(sent)
                        .build(),
                actor);
        files.keep(opened.number(), null, mail, actor);
        cleaning.note(tickets, opened.number());
        return MailOutcome.opened(opened.number());
    }

    /**
     * Takes out of a mail's texts what no database stores (NUL, half a surrogate pair: broken mail programs and
     * spam send them), rather than refusing the customer's mail, and says so on the ticket; the original mail stays
     * on the mailbox page.
     */
    private static final class Cleaning {
        private int removed;

        String of(String text) {
            String clean = StorableText.clean(text);
            removed += text.length() - clean.length();
            return clean;
        }

        void note(Tickets tickets, String number) {
            if (removed > 0) {
                tickets.addMessage(
                        number,
                        MessageKind.INTERNAL_NOTE,
                        "已从这封邮件中删除 " + removed + " 个无法保存的字符（NUL 或残缺的表情符号），原始邮件保存在邮箱页面。\n"
                                + removed
                                + " characters that cannot be stored (NUL, half an emoji) were removed from this"
                                + " e-mail; the original is kept on the mailbox page.",
                        Actor.system());
            }
        }
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
