package io.loopdesk.intake.mail;

import org.jspecify.annotations.Nullable;

/**
 * What became of one mail: exactly one of a ticket or a message on one, a mail kept but not acted on (with why),
 * or a rejection (with why, the original kept).
 *
 * @param ticketNumber the ticket it opened, joined or concerns (for a duplicate: the first one's), if any
 * @param detail what the reason alone does not say: an error, the Message-ID seen before
 */
record MailOutcome(
        InboundOutcome outcome,
        @Nullable String ticketNumber,
        @Nullable InboundReason reason,
        @Nullable String detail) {

    static MailOutcome opened(String ticketNumber) {
        return new MailOutcome(InboundOutcome.OPENED, ticketNumber, null, null);
    }

    static MailOutcome appended(String ticketNumber) {
        return new MailOutcome(InboundOutcome.APPENDED, ticketNumber, null, null);
    }

    static MailOutcome ignored(InboundReason reason, @Nullable String ticketNumber) {
        return new MailOutcome(InboundOutcome.IGNORED, ticketNumber, reason, null);
    }

    static MailOutcome rejected(InboundReason reason, String detail) {
        return new MailOutcome(InboundOutcome.REJECTED, null, reason, detail);
    }

    /** A mail read before: listed once more, pointing at what the first reading made of it. */
    static MailOutcome duplicate(InboundMailView first) {
        return new MailOutcome(
                InboundOutcome.DUPLICATE, first.ticketNumber(), InboundReason.DUPLICATE, first.messageId());
    }
}
