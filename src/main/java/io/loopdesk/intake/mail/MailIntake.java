package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.MailParser;
import io.loopdesk.intake.mail.mime.MailText;
import io.loopdesk.intake.mail.mime.ParsedMail;
import io.loopdesk.intake.mail.reply.ReplyMail;
import io.loopdesk.intake.mail.reply.ReplyMailRepository;
import io.loopdesk.intake.mail.reply.UndeliveredReplies;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one mail read from a support mailbox into what it means, in one transaction with the record of having
 * read it: a new ticket (the sender becomes a customer), a message on the ticket it answers, a bounce noted on the
 * ticket whose reply bounced, or nothing for auto-replies and bulk mail. A mail already handled (same Message-ID)
 * is recognised, not handled again, and listed as a duplicate, so a mail read twice never makes a second ticket.
 *
 * <p>Every mail ends in exactly one recorded outcome: when handling one fails, that mail is recorded as rejected
 * with the error and its original, in a transaction of its own after the failed one rolled back, so the reader
 * acknowledges it and goes on. Only when even that record cannot be written (the database is gone) does the
 * failure reach the reader and stop the reading.
 */
@Component
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    private final MailParser parser = new MailParser();
    private final InboundRecords records;
    private final MailToTicket toTicket;
    private final MailboxRepository mailboxes;
    private final MailThreading threading;
    private final ReplyMailRepository replies;
    private final UndeliveredReplies undelivered;
    private final MailMetrics metrics;
    private final TransactionTemplate transactions;

    MailIntake(
            InboundRecords records,
            MailToTicket toTicket,
            MailboxRepository mailboxes,
            MailThreading threading,
            ReplyMailRepository replies,
            UndeliveredReplies undelivered,
            MailMetrics metrics,
            PlatformTransactionManager transactionManager) {
        this.records = records;
        this.toTicket = toTicket;
        this.mailboxes = mailboxes;
        this.threading = threading;
        this.replies = replies;
        this.undelivered = undelivered;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public MailOutcome accept(MailboxView mailbox, byte[] raw) {
        MailOutcome outcome;
        try {
            outcome = inTransaction(mailbox, () -> handle(mailbox, raw));
        } catch (RuntimeException e) {
            // left unrecorded, the mail would be read again at every poll and hold up all mail behind it
            log.warn("Mail in mailbox {} could not be handled; kept as rejected: {}", mailbox.id(), e.toString());
            outcome = inTransaction(mailbox, () -> failed(mailbox, raw, e));
        }
        metrics.received(outcome.outcome());
        return outcome;
    }

    private MailOutcome handle(MailboxView mailbox, byte[] raw) {
        long tenant = mailbox.tenantId();
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MailRejectedException e) {
            MailKey key = MailKey.ofContent(raw);
            MailOutcome outcome = records.first(tenant, key)
                    .map(MailOutcome::duplicate)
                    .orElseGet(() -> MailOutcome.rejected(InboundReason.of(e.reason()), e.getMessage()));
            return records.keep(mailbox, key, MailKind.REGULAR, null, null, raw, outcome);
        }
        MailKey key = MailKey.of(mail);
        Optional<InboundMailView> first = records.first(tenant, key);
        if (first.isPresent()) {
            return records.keep(mailbox, key, mail, MailOutcome.duplicate(first.get()));
        }
        MailOutcome outcome = switch (mail.kind()) {
            case AUTO_REPLY -> MailOutcome.ignored(InboundReason.AUTO_REPLY, threadOf(tenant, mail));
            case BULK -> MailOutcome.ignored(InboundReason.BULK, threadOf(tenant, mail));
            case BOUNCE -> bounce(tenant, mail);
            case ABUSE_REPORT -> MailOutcome.ignored(InboundReason.ABUSE_REPORT, reportedTicket(tenant, mail));
            case REGULAR ->
                fromOurselves(tenant, mail.from().address())
                        ? MailOutcome.ignored(InboundReason.OWN_MAILBOX, null)
                        : toTicket.take(tenant, mail);
        };
        return records.keep(mailbox, key, mail, outcome);
    }

    /** Records a mail whose handling failed: rejected with the error, or a duplicate if another reader won. */
    private MailOutcome failed(MailboxView mailbox, byte[] raw, RuntimeException error) {
        Optional<ParsedMail> mail = readable(raw);
        MailKey key = mail.map(MailKey::of).orElseGet(() -> MailKey.ofContent(raw));
        // the same mail in two of the tenant's mailboxes, read at once: the other reading recorded it first
        MailOutcome outcome = records.first(mailbox.tenantId(), key)
                .map(MailOutcome::duplicate)
                .orElseGet(() -> MailOutcome.rejected(InboundReason.FAILED, describe(error)));
        return records.keep(
                mailbox,
                key,
                mail.map(ParsedMail::kind).orElse(MailKind.REGULAR),
                mail.map(m -> m.from().address()).orElse(null),
                mail.map(ParsedMail::subject).orElse(null),
                raw,
                outcome);
    }

    private MailOutcome bounce(long tenant, ParsedMail mail) {
        MailOutcome unknown = new MailOutcome(InboundOutcome.BOUNCE, null, InboundReason.UNKNOWN_BOUNCE, null);
        if (mail.bouncedMessageId() == null) {
            return unknown;
        }
        Optional<ReplyMail> bounced =
                replies.findFirstByTenantIdAndMessageIdIn(tenant, List.of(mail.bouncedMessageId()));
        if (bounced.isEmpty()) {
            return unknown;
        }
        String number = bounced.get().ticketNumber();
        undelivered.tell(number, bounced.get().recipient(), clip(MailText.own(mail), 1000));
        return new MailOutcome(InboundOutcome.BOUNCE, number, null, null);
    }

    /** The ticket whose reply a report is about, else the one the report's headers thread to. */
    private @Nullable String reportedTicket(long tenant, ParsedMail mail) {
        return Optional.ofNullable(mail.bouncedMessageId())
                .flatMap(id -> replies.findFirstByTenantIdAndMessageIdIn(tenant, List.of(id)))
                .map(ReplyMail::ticketNumber)
                .orElseGet(() -> threadOf(tenant, mail));
    }

    private @Nullable String threadOf(long tenant, ParsedMail mail) {
        return threading.ticketOf(tenant, mail).map(TicketView::number).orElse(null);
    }

    private boolean fromOurselves(long tenant, String sender) {
        return mailboxes.findByTenantIdOrderByName(tenant).stream()
                .anyMatch(m -> m.view().address().equalsIgnoreCase(sender));
    }

    private Optional<ParsedMail> readable(byte[] raw) {
        try {
            return Optional.of(parser.parse(raw));
        } catch (MailRejectedException e) {
            return Optional.empty();
        }
    }

    private MailOutcome inTransaction(MailboxView mailbox, Supplier<MailOutcome> work) {
        return TenantScope.inTenant(mailbox.tenantId(), () -> transactions.execute(status -> work.get()));
    }

    /** The error and, when another one lies beneath it, that one too: what an admin needs to see. */
    static String describe(Throwable error) {
        String top = error.getClass().getSimpleName() + ": " + error.getMessage();
        Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
        return root == error ? top : top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
