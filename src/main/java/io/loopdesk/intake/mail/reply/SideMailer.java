package io.loopdesk.intake.mail.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.notification.EmailEnvelope;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.SideMessageWritten;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails of side conversations through the notification outbox, from the tenant's first enabled support
 * mailbox, each answering the conversation's previous e-mail and carrying {@code [#S<id>]} in its subject, so the
 * other side's answer finds the conversation again. Handed over once per message, however often the reaction runs; a
 * tenant without a mailbox gets a line in the ticket's history saying it was not sent.
 */
@Component
class SideMailer {

    private final MailboxRepository mailboxes;
    private final ReplyMailRepository replies;
    private final Notifications notifications;
    private final Tickets tickets;
    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SideMailer(
            MailboxRepository mailboxes,
            ReplyMailRepository replies,
            Notifications notifications,
            Tickets tickets,
            EntityManager entities,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.replies = replies;
        this.notifications = notifications;
        this.tickets = tickets;
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @AsyncReaction
    void on(SideMessageWritten written) {
        TenantScope.inTenant(written.tenantId(), () -> send(written));
    }

    private void send(SideMessageWritten written) {
        if (replies.existsBySideMessage(written.messageId())) {
            return; // the reaction ran again after a crash: the e-mail is in the outbox already
        }
        Optional<Mailbox> mailbox = mailboxes.findByTenantIdOrderByName(written.tenantId()).stream()
                .filter(Mailbox::enabled)
                .findFirst();
        Optional<Recipient.Email> to = Recipient.anyEmail(written.to());
        if (mailbox.isEmpty() || to.isEmpty()) {
            tickets.annotate(
                    written.ticketNumber(),
                    "side-unsent",
                    written.to(),
                    mailbox.isEmpty() ? "no support mailbox" : "not an address we can send to",
                    Actor.system(written.tenantId()));
            return;
        }
        String address = mailbox.get().view().address();
        String messageId = "side." + written.conversationId() + "." + written.messageId() + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@" + address.substring(address.indexOf('@') + 1);
        Optional<ReplyMail> previous =
                replies.findFirstBySideConversationOrderByCreatedAtDesc(written.conversationId());
        EmailEnvelope envelope = EmailEnvelope.reply(
                messageId, previous.map(ReplyMail::messageId).orElse(null), MailboxRoutes.of(mailbox.get()), List.of());
        NotificationRequest request = NotificationRequest.now(
                written.tenantId(),
                to.get(),
                Phrase.verbatim(subject(written, previous.isPresent())),
                Phrase.verbatim(written.body() + "\n\n-- \n" + written.authorName()),
                written.ticketNumber());
        try {
            transactions.executeWithoutResult(status -> {
                long id = notifications.sendEmail(request, envelope);
                entities.persist(ReplyMail.side(
                        id,
                        written.tenantId(),
                        written.ticketNumber(),
                        written.conversationId(),
                        written.messageId(),
                        messageId,
                        to.get().address(),
                        clock.instant()));
            });
        } catch (DataIntegrityViolationException alreadyQueued) {
            // the reaction ran twice at once: the other run put the e-mail in the outbox
        }
    }

    /** The conversation's subject with its mark; "Re:" from the second e-mail on. */
    static String subject(SideMessageWritten written, boolean answering) {
        return (answering ? "Re: " : "") + written.subject() + " [#S" + written.conversationId() + "]";
    }
}
