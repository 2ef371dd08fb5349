package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.ParsedMail;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of every mail read, with its original exactly as it arrived, in the caller's transaction: what the
 * mailbox page lists, and what recognises a mail read again.
 */
@Component
class InboundRecords {

    private final InboundMailRepository inbound;
    private final JdbcClient jdbc;
    private final Clock clock;

    InboundRecords(InboundMailRepository inbound, JdbcClient jdbc, Clock clock) {
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first reading of the mail with this key in the tenant, if it was read before. */
    Optional<InboundMailView> first(long tenantId, MailKey key) {
        return inbound.findFirstByTenantIdAndDedupKeyIn(tenantId, key.all()).map(InboundMail::view);
    }

    /** Records a mail that could be read, with what became of it. */
    MailOutcome keep(MailboxView mailbox, MailKey key, ParsedMail mail, MailOutcome outcome) {
        return keep(mailbox, key, mail.kind(), mail.from().address(), mail.subject(), mail.raw(), outcome);
    }

    /** Records a mail, possibly one that could not be read (then without kind, sender and subject). */
    MailOutcome keep(
            MailboxView mailbox,
            MailKey key,
            MailKind kind,
            @Nullable String sender,
            @Nullable String subject,
            byte[] raw,
            MailOutcome outcome) {
        InboundMail saved = inbound.saveAndFlush(new InboundMail(
                mailbox.tenantId(), mailbox.id(), key, kind, sender, subject, outcome, clock.instant(), raw.length));
        jdbc.sql("insert into inbound_mail_raw (inbound_mail_id, content) values (?, ?)")
                .params(saved.id(), raw)
                .update();
        return outcome;
    }
}
