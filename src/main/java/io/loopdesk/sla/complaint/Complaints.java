package io.loopdesk.sla.complaint;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.sla.SlaAccess;
import io.loopdesk.sla.SlaForbiddenException;
import io.loopdesk.sla.SlaProperties;
import io.loopdesk.sla.SlaValidationException;
import io.loopdesk.sla.StaffNotices;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketSummary;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Complaints (REQUIREMENTS §6): the customer's "complain" button, and the complaint-tendency rules run on what
 * customers write. A signal flags the ticket as a complaint (searchable), raises its priority, writes a history line
 * and tells the supervisors; each kind of signal acts once per ticket.
 */
@Service
public class Complaints {

    static final int MAX_REASON = 1000;

    /** The longest clause quoted as evidence, in characters. */
    static final int QUOTE = 120;

    private final ComplaintRecordRepository records;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final SlaPolicies policies;
    private final WordList words;
    private final StaffNotices notices;
    private final SlaAccess access;
    private final Tenants tenants;
    private final MessageSource messages;
    private final Clock clock;
    private final ComplaintQueue queue;
    private final boolean byMeaning;

    Complaints(
            ComplaintRecordRepository records,
            TicketQueries queries,
            Tickets tickets,
            SlaPolicies policies,
            WordList words,
            StaffNotices notices,
            SlaAccess access,
            Tenants tenants,
            MessageSource messages,
            Clock clock,
            ComplaintQueue queue,
            SlaProperties properties) {
        this.records = records;
        this.queries = queries;
        this.tickets = tickets;
        this.policies = policies;
        this.words = words;
        this.notices = notices;
        this.access = access;
        this.tenants = tenants;
        this.messages = messages;
        this.clock = clock;
        this.queue = queue;
        this.byMeaning = properties.complaints().byMeaning();
    }

    /**
     * The customer who raised the ticket presses "complain", with an optional reason.
     *
     * @throws SlaForbiddenException if the actor is not that customer
     * @throws SlaValidationException if the reason is too long
     */
    public ComplaintView complain(String number, String reason, Actor actor) {
        TicketView ticket = queries.get(number, actor);
        if (!actor.isCustomer()
                || ticket.requesterId() == null
                || !ticket.requesterId().equals(actor.userId())) {
            throw new SlaForbiddenException(
                    "error.sla.complaint.forbidden", "Only the customer who raised a ticket complains about it.");
        }
        if (reason.length() > MAX_REASON) {
            throw SlaValidationException.of(
                    "reason", "sla.complaint.reason.tooLong", "Keep the reason under " + MAX_REASON + " characters.");
        }
        Phrase evidence = reason.isBlank()
                ? Phrase.of("sla.complaint.evidence.pressed")
                : Phrase.of("sla.complaint.evidence.reason", reason.strip());
        flag(ticket, ComplaintSignal.COMPLAINED, evidence, actor);
        return new ComplaintView(
                ComplaintSignal.COMPLAINED,
                evidence.render(messages, LocaleContextHolder.getLocale()),
                clock.instant());
    }

    /**
     * A ticket was registered: its text and the customer's earlier tickets are checked, and the text is queued to be
     * read by meaning.
     */
    public void opened(TicketView ticket) {
        String text = ticket.title() + "\n" + ticket.description();
        if (byMeaning) {
            queue.add(ticket.tenantId(), ticket.number(), text);
        }
        ComplaintRules.asksForPhoneCall(words, text)
                .ifPresent(e -> flag(ticket, ComplaintSignal.PHONE_CALL_REQUESTED, e, Actor.system()));
        ComplaintRules.heatedWords(words, text)
                .ifPresent(e -> flag(ticket, ComplaintSignal.HEATED_WORDS, e, Actor.system()));
        repeated(ticket).ifPresent(e -> flag(ticket, ComplaintSignal.REPEATED_PROBLEM, e, Actor.system()));
    }

    /** The customer wrote on the ticket: the message and the pace of messages are checked. */
    public void customerWrote(String number, long messageId) {
        TicketView ticket = queries.get(number, Actor.system());
        List<MessageView> fromCustomer = queries.messages(number, Actor.system()).stream()
                .filter(m -> m.fromCustomer() && m.kind() == MessageKind.PUBLIC_REPLY)
                .toList();
        fromCustomer.stream().filter(m -> m.id() == messageId).findFirst().ifPresent(message -> {
            if (byMeaning) {
                queue.add(ticket.tenantId(), number, message.body());
            }
            ComplaintRules.asksForPhoneCall(words, message.body())
                    .ifPresent(e -> flag(ticket, ComplaintSignal.PHONE_CALL_REQUESTED, e, Actor.system()));
            ComplaintRules.heatedWords(words, message.body())
                    .ifPresent(e -> flag(ticket, ComplaintSignal.HEATED_WORDS, e, Actor.system()));
        });
        SlaSettings.ComplaintTerms terms = policies.settings(ticket.tenantId()).complaints();
        ComplaintRules.messageBurst(
                        fromCustomer.stream().map(MessageView::createdAt).toList(),
                        terms.burstMessages(),
                        terms.burstWindow())
                .ifPresent(e -> flag(ticket, ComplaintSignal.MESSAGE_BURST, e, Actor.system()));
    }

    /**
     * A signal the reading by meaning found in what the customer wrote on a ticket: flagged like the word list's,
     * with the customer's clause and the example sentence it reads like as the evidence.
     */
    void readByMeaning(long tenantId, String number, ComplaintMeaning.Found found) {
        TenantScope.inTenant(tenantId, () -> {
            TicketView ticket = queries.get(number, Actor.system(tenantId));
            flag(
                    ticket,
                    found.signal(),
                    Phrase.of("sla.complaint.evidence.meaning", quote(found.clause()), found.example()),
                    Actor.system());
        });
    }

    /** A clause short enough to quote in a notice and keep with the signal. */
    private static String quote(String clause) {
        return clause.codePointCount(0, clause.length()) <= QUOTE
                ? clause
                : clause.substring(0, clause.offsetByCodePoints(0, QUOTE)) + "…";
    }

    /** The complaint signals of a ticket the actor can see, in the reader's language (the request's). */
    public List<ComplaintView> of(String number, Actor actor) {
        TicketView ticket = queries.get(number, actor);
        Locale reader = LocaleContextHolder.getLocale();
        return access.inTenant(
                ticket.tenantId(),
                () -> records.findByTicketNumberOrderByDetectedAt(ticket.number()).stream()
                        .map(record -> record.view(messages, reader))
                        .toList());
    }

    private Optional<Phrase> repeated(TicketView ticket) {
        if (ticket.requesterId() == null) {
            return Optional.empty();
        }
        SlaSettings.ComplaintTerms terms = policies.settings(ticket.tenantId()).complaints();
        Instant since = ticket.registeredAt().minus(terms.repeatWindow());
        List<TicketSummary> recent = queries.list(
                        TicketQuery.builder()
                                .requester(ticket.requesterId())
                                .created(since, ticket.registeredAt().plusNanos(1_000))
                                .limit(50)
                                .build(),
                        Actor.system())
                .items();
        List<ProblemSketch> others = new ArrayList<>();
        for (TicketSummary summary : recent) {
            if (!summary.number().equals(ticket.number())) {
                TicketView other = queries.get(summary.number(), Actor.system());
                others.add(sketch(other));
            }
        }
        return ComplaintRules.repeatedProblem(sketch(ticket), others, terms.repeatedTickets());
    }

    private static ProblemSketch sketch(TicketView ticket) {
        return ProblemSketch.of(
                ticket.number(), ticket.product(), ticket.category(), ticket.title(), ticket.description());
    }

    private void flag(TicketView ticket, ComplaintSignal signal, Phrase evidence, Actor actor) {
        ConcurrentChangeRetry.run(() -> access.inTenant(ticket.tenantId(), () -> {
            if (records.existsByTicketNumberAndSignal(ticket.number(), signal)) {
                return null;
            }
            Instant now = clock.instant();
            // the record keeps the evidence's text in the tenant's language too, for a phrase too long to keep
            String rendered = evidence.render(
                    messages,
                    tenants.byId(ticket.tenantId())
                            .map(TenantInfo::defaultLocale)
                            .orElse(Locale.SIMPLIFIED_CHINESE));
            records.saveAndFlush(
                    new ComplaintRecord(ticket.tenantId(), ticket.number(), signal, evidence, rendered, now));
            // history notes are in English, like the rest of the ticket's history
            TicketView flagged = tickets.flagComplaint(
                    ticket.number(),
                    signal.reason() + ": " + evidence.render(messages, Locale.ENGLISH),
                    signal.priority(),
                    actor);
            notices.complaint(flagged, signal, evidence, now);
            return null;
        }));
    }
}
