package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Channel;
import io.loopdesk.ticket.MessageKind;
import io.loopdesk.ticket.MessageView;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketStatus;
import io.loopdesk.ticket.TicketView;
import io.loopdesk.ticket.Tickets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one mail read from a support mailbox into what it means, in one transaction with the record of having
 * read it: a new ticket (the sender becomes a customer), a message on the ticket it answers, a bounce noted on the
 * ticket whose reply bounced, or nothing for auto-replies and bulk mail. A mail already handled (same Message-ID)
 * is recognised and left alone, so a mail read twice never makes a second ticket.
 */
@Component
class MailIntake {

    /** What happened to a mail; {@code null} outcome: it had been handled before. */
    record Result(
            @Nullable InboundOutcome outcome, @Nullable String ticketNumber) {

        boolean handledBefore() {
            return outcome == null;
        }
    }

    private final MailParser parser = new MailParser();
    private final QuoteTrimmer trimmer = new QuoteTrimmer();
    private final InboundMailRepository inbound;
    private final MailboxRepository mailboxes;
    private final MailThreading threading;
    private final MailOutboxRepository outbox;
    private final UserAccounts users;
    private final Tickets tickets;
    private final MailFiles files;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailIntake(
            InboundMailRepository inbound,
            MailboxRepository mailboxes,
            MailThreading threading,
            MailOutboxRepository outbox,
            UserAccounts users,
            Tickets tickets,
            MailFiles files,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.inbound = inbound;
        this.mailboxes = mailboxes;
        this.threading = threading;
        this.outbox = outbox;
        this.users = users;
        this.tickets = tickets;
        this.files = files;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    Result accept(MailboxView mailbox, byte[] raw) {
        return TenantScope.inTenant(mailbox.tenantId(), () -> transactions.execute(status -> handle(mailbox, raw)));
    }

    private Result handle(MailboxView mailbox, byte[] raw) {
        long tenant = mailbox.tenantId();
        Instant now = clock.instant();
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MailRejectedException e) {
            String id = "sha256:" + sha256(raw);
            if (inbound.existsByTenantIdAndMessageId(tenant, id)) {
                return new Result(null, null);
            }
            record(
                    new InboundMail(
                            tenant,
                            mailbox.id(),
                            id,
                            MailKind.REGULAR,
                            InboundOutcome.REJECTED,
                            null,
                            null,
                            null,
                            e.reason() + ": " + e.getMessage(),
                            now,
                            raw.length),
                    raw);
            return new Result(InboundOutcome.REJECTED, null);
        }
        String messageId = mail.messageId() != null ? mail.messageId() : "sha256:" + sha256(raw);
        if (inbound.existsByTenantIdAndMessageId(tenant, messageId)) {
            return new Result(null, null);
        }
        String sender = mail.from().address();
        Result result = switch (mail.kind()) {
            case AUTO_REPLY, BULK ->
                new Result(
                        InboundOutcome.IGNORED,
                        threading.ticketOf(tenant, mail).map(TicketView::number).orElse(null));
            case BOUNCE -> bounce(tenant, mail);
            case REGULAR ->
                fromOurselves(tenant, sender) ? new Result(InboundOutcome.IGNORED, null) : regular(mailbox, mail, now);
        };
        String reason = switch (mail.kind()) {
            case AUTO_REPLY -> "auto-reply";
            case BULK -> "bulk or mailing-list mail";
            case BOUNCE -> mail.bouncedMessageId() == null ? "bounce for an unknown mail" : "bounce";
            case REGULAR -> result.outcome() == InboundOutcome.IGNORED ? "sent from one of our own mailboxes" : null;
        };
        record(
                new InboundMail(
                        tenant,
                        mailbox.id(),
                        messageId,
                        mail.kind(),
                        result.outcome(),
                        result.ticketNumber(),
                        sender,
                        mail.subject(),
                        reason,
                        now,
                        raw.length),
                raw);
        return result;
    }

    private Result regular(MailboxView mailbox, ParsedMail mail, Instant now) {
        long tenant = mailbox.tenantId();
        String name = mail.from().displayName().isBlank()
                ? mail.from().address()
                : mail.from().displayName();
        UserView customer = users.customerByEmail(tenant, mail.from().address(), name);
        Actor actor = new Actor(customer.id(), tenant, customer.username(), customer.displayName(), customer.roles());
        String text = text(mail);
        Optional<TicketView> thread = threading.ticketOf(tenant, mail);
        if (thread.isPresent() && thread.get().status() != TicketStatus.CLOSED) {
            TicketView ticket = thread.get();
            String body = trimmer.trim(text);
            if (customer.id() == (ticket.requesterId() == null ? -1 : ticket.requesterId())) {
                MessageView reply = tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, body, actor);
                files.keep(ticket.number(), reply.id(), mail, actor);
            } else {
                MessageView note = tickets.addMessage(
                        ticket.number(),
                        MessageKind.INTERNAL_NOTE,
                        "E-mail from " + name + " <" + mail.from().address() + ">:\n\n" + body,
                        Actor.system());
                files.keep(ticket.number(), note.id(), mail, Actor.system());
            }
            return new Result(InboundOutcome.APPENDED, ticket.number());
        }
        String description = thread.isPresent()
                ? "Follow-up to the closed ticket " + thread.get().number() + ".\n\n" + text
                : text;
        Instant sent = mail.date() != null && mail.date().isBefore(now) ? mail.date() : now;
        TicketView opened = tickets.open(
                tenant,
                Channel.EMAIL,
                OpenTicket.builder()
                        .customer(name, name, mail.from().address())
                        .title(mail.subject().isBlank() ? null : clip(mail.subject(), 300))
                        .description(description)
                        .firstReceivedAt(sent)
                        .build(),
                actor);
        files.keep(opened.number(), null, mail, actor);
        return new Result(InboundOutcome.OPENED, opened.number());
    }

    private Result bounce(long tenant, ParsedMail mail) {
        if (mail.bouncedMessageId() == null) {
            return new Result(InboundOutcome.BOUNCE, null);
        }
        Optional<MailOutbox> bounced =
                outbox.findFirstByTenantIdAndMessageIdIn(tenant, java.util.List.of(mail.bouncedMessageId()));
        if (bounced.isEmpty()) {
            return new Result(InboundOutcome.BOUNCE, null);
        }
        String number = bounced.get().ticketNumber();
        String reason = clip(text(mail), 1000);
        tickets.annotate(number, "bounce", bounced.get().view().recipient(), reason, Actor.system());
        tickets.addMessage(
                number,
                MessageKind.INTERNAL_NOTE,
                "Our e-mail reply to " + bounced.get().view().recipient() + " could not be delivered:\n\n" + reason,
                Actor.system());
        return new Result(InboundOutcome.BOUNCE, number);
    }

    private boolean fromOurselves(long tenant, String sender) {
        return mailboxes.findByTenantIdOrderByName(tenant).stream()
                .anyMatch(m -> m.view().address().equalsIgnoreCase(sender));
    }

    private void record(InboundMail mail, byte[] raw) {
        InboundMail saved = inbound.saveAndFlush(mail);
        jdbc.sql("insert into inbound_mail_raw (inbound_mail_id, content) values (?, ?)")
                .params(saved.id(), raw)
                .update();
    }

    private static String text(ParsedMail mail) {
        String body = mail.textBody().strip();
        if (!body.isEmpty()) {
            return body;
        }
        return mail.subject().isBlank() ? "(The e-mail had no text.)" : mail.subject();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
