package io.loopdesk.intake.mail.reply;

import io.loopdesk.intake.mail.InboundMail;
import io.loopdesk.intake.mail.InboundMailRepository;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.notification.EmailEnvelope;
import io.loopdesk.notification.TicketMailThreads;
import io.loopdesk.shared.TenantScope;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A notice to the customer of a ticket that came by e-mail answers their last mail, from the mailbox it reached,
 * like a handler's reply ({@link ReplyMailer}): it sits in the customer's thread and an answer to it finds the
 * ticket. Only the address that wrote that mail is threaded; anyone else gets a plain e-mail.
 */
@Component
class CustomerMailThreads implements TicketMailThreads {

    private final InboundMailRepository inbound;
    private final MailboxRepository mailboxes;

    CustomerMailThreads(InboundMailRepository inbound, MailboxRepository mailboxes) {
        this.inbound = inbound;
        this.mailboxes = mailboxes;
    }

    @Override
    public Optional<EmailEnvelope> envelopeFor(long tenantId, String ticketNumber, String address) {
        return TenantScope.inTenant(tenantId, () -> envelope(tenantId, ticketNumber, address));
    }

    private Optional<EmailEnvelope> envelope(long tenantId, String ticketNumber, String address) {
        Optional<InboundMail> last = inbound.findFirstByTicketNumberOrderByReceivedAtDesc(ticketNumber)
                .filter(mail -> sameAddress(mail.view().sender(), address));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mailbox> mailbox =
                mailboxes.findById(last.get().mailboxId()).filter(box -> box.tenantId() == tenantId && box.enabled());
        return mailbox.map(box -> {
            String from = box.view().address();
            String messageId = ticketNumber + ".n"
                    + UUID.randomUUID().toString().substring(0, 12) + "@" + from.substring(from.indexOf('@') + 1);
            return EmailEnvelope.reply(messageId, last.get().view().messageId(), MailboxRoutes.of(box), List.of());
        });
    }

    private static boolean sameAddress(@Nullable String sender, String address) {
        return sender != null
                && sender.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(address.strip().toLowerCase(Locale.ROOT));
    }
}
