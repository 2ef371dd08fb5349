package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.mail.mime.ParsedMail;
import io.loopdesk.intake.mail.reply.ReplyMail;
import io.loopdesk.intake.mail.reply.ReplyMailRepository;
import io.loopdesk.ticket.TicketNotFoundException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the ticket a mail belongs to: by the mails it answers ({@code In-Reply-To}, {@code References}, ours or
 * the customer's), else by a ticket number in the subject ({@code [#261123-000042]}), else none: a new ticket. A
 * ticket merged into another leads to the one its conversation went on in. Answers in side conversations are found
 * apart ({@link #sideOf}).
 */
@Component
class MailThreading {

    static final Pattern NUMBER_IN_SUBJECT = Pattern.compile("(?<![0-9])(\\d{6}-\\d{6,})(?![0-9])");

    /** The mark of a side conversation in a subject, {@code [#S42]}. */
    static final Pattern SIDE_IN_SUBJECT = Pattern.compile("\\[#S(\\d{1,18})]");

    private final InboundMailRepository inbound;
    private final ReplyMailRepository replies;
    private final TicketQueries tickets;

    MailThreading(InboundMailRepository inbound, ReplyMailRepository replies, TicketQueries tickets) {
        this.inbound = inbound;
        this.replies = replies;
        this.tickets = tickets;
    }

    /**
     * The side conversation a mail answers: by the e-mails of one it answers, else by the conversation's mark in the
     * subject. Whether the sender is the one written to is the conversation's to check.
     */
    Optional<Long> sideOf(long tenantId, ParsedMail mail) {
        List<String> answered = new ArrayList<>(mail.references());
        if (mail.inReplyTo() != null) {
            answered.add(0, mail.inReplyTo());
        }
        if (!answered.isEmpty()) {
            Optional<Long> conversation = replies.findFirstByTenantIdAndMessageIdIn(tenantId, answered)
                    .map(ReplyMail::sideConversation);
            if (conversation.isPresent()) {
                return conversation;
            }
        }
        Matcher matcher = SIDE_IN_SUBJECT.matcher(mail.subject());
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    Optional<TicketView> ticketOf(long tenantId, ParsedMail mail) {
        List<String> answered = new ArrayList<>(mail.references());
        if (mail.inReplyTo() != null) {
            answered.add(0, mail.inReplyTo());
        }
        if (!answered.isEmpty()) {
            Optional<String> number = replies.findFirstByTenantIdAndMessageIdIn(tenantId, answered)
                    .map(ReplyMail::ticketNumber)
                    .or(() -> inbound.findFirstByTenantIdAndMessageIdIn(tenantId, answered)
                            .map(m -> m.view().ticketNumber()));
            Optional<TicketView> found = number.flatMap(n -> ticket(tenantId, n));
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher matcher = NUMBER_IN_SUBJECT.matcher(mail.subject());
        while (matcher.find()) {
            Optional<TicketView> found = ticket(tenantId, matcher.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The ticket of that number in the tenant; for one merged into another, the ticket its conversation went on in. */
    private Optional<TicketView> ticket(long tenantId, String number) {
        try {
            TicketView ticket = tickets.get(number, Actor.system());
            for (int hop = 0; ticket.mergedInto() != null && hop < 20; hop++) {
                ticket = tickets.get(ticket.mergedInto(), Actor.system());
            }
            return ticket.tenantId() == tenantId ? Optional.of(ticket) : Optional.empty();
        } catch (TicketNotFoundException | io.loopdesk.ticket.InvalidTicketNumberException notOurs) {
            return Optional.empty();
        }
    }
}
