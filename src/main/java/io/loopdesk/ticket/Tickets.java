package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.event.ReplyRefused;
import io.loopdesk.ticket.event.TicketAssigned;
import io.loopdesk.ticket.event.TicketEdited;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketProgressRecorded;
import io.loopdesk.ticket.event.TicketReclassified;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.loopdesk.ticket.form.TicketForm;
import io.loopdesk.ticket.form.TicketFormPolicies;
import io.loopdesk.ticket.form.TicketFormRules;
import io.loopdesk.ticket.history.HistoryEntry;
import io.loopdesk.ticket.history.HistoryEntryRepository;
import io.loopdesk.ticket.language.TextLanguage;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.message.TicketMessageRepository;
import io.loopdesk.ticket.numbering.TicketNumber;
import io.loopdesk.ticket.numbering.TicketNumbers;
import io.loopdesk.ticket.progress.ProgressRecord;
import io.loopdesk.ticket.progress.ProgressRecordRepository;
import io.loopdesk.ticket.secret.SecretKeeper;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.ProgressView;
import io.loopdesk.ticket.view.RatingSummary;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The ticket module's API: open tickets, read them, and everything that can happen to them. Each change commits
 * together with its history lines and its events, or not at all.
 *
 * <p>Who sees what is decided here and in {@code TenantScope}: staff see their tenant's tickets, operators all
 * tenants', customers only the tickets they raised. A ticket the caller may not see is reported as not found.
 */
@Service
public class Tickets {

    /** The longest note an assignment takes: it is kept in the history, whose notes hold 2,000 characters. */
    static final int MAX_ASSIGNMENT_NOTE = 2000;

    static final int MAX_MESSAGE_LENGTH = 100_000;

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final ProgressRecordRepository progress;
    private final HistoryEntryRepository history;
    private final TicketFormPolicies formPolicies;
    private final TicketNumbers numbers;
    private final UserAccounts users;
    private final TeamDirectory teams;
    private final ApplicationEventPublisher events;
    private final TicketAccess access;
    private final List<StatusChangeGuard> statusGuards;
    private final List<TicketPlacement> placements;
    private final List<ResolutionDueTime> dueTimes;
    private final List<OutgoingReplyCheck> replyChecks;
    private final List<ReplyWrapping> wrappings;
    private final SecretKeeper secrets;
    private final TextLanguage languages;
    private final Clock clock;

    Tickets(
            TicketRepository tickets,
            TicketMessageRepository messages,
            ProgressRecordRepository progress,
            HistoryEntryRepository history,
            TicketFormPolicies formPolicies,
            TicketNumbers numbers,
            UserAccounts users,
            TeamDirectory teams,
            ApplicationEventPublisher events,
            TicketAccess access,
            List<StatusChangeGuard> statusGuards,
            List<TicketPlacement> placements,
            List<ResolutionDueTime> dueTimes,
            List<OutgoingReplyCheck> replyChecks,
            List<ReplyWrapping> wrappings,
            SecretKeeper secrets,
            TextLanguage languages,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.progress = progress;
        this.history = history;
        this.formPolicies = formPolicies;
        this.numbers = numbers;
        this.users = users;
        this.teams = teams;
        this.events = events;
        this.access = access;
        this.statusGuards = List.copyOf(statusGuards);
        this.placements = List.copyOf(placements);
        this.dueTimes = List.copyOf(dueTimes);
        this.replyChecks = List.copyOf(replyChecks);
        this.wrappings = List.copyOf(wrappings);
        this.secrets = secrets;
        this.languages = languages;
        this.clock = clock;
    }

    /** The same API reading time from another clock: for imports and demo data that carry their own times. */
    public Tickets withClock(Clock otherClock) {
        return new Tickets(
                tickets,
                messages,
                progress,
                history,
                formPolicies,
                numbers,
                users,
                teams,
                events,
                access,
                statusGuards,
                placements,
                dueTimes,
                replyChecks,
                wrappings,
                secrets,
                languages,
                otherClock);
    }

    /**
     * Registers a ticket in {@code tenantId}, arriving by {@code channel}.
     *
     * @throws TicketValidationException listing every field that breaks the tenant's rules; nothing is stored
     */
    public TicketView open(long tenantId, Channel channel, OpenTicket submitted, Actor actor) {
        return open(tenantId, channel, submitted, actor, ticket -> ticket);
    }

    /**
     * Registers a ticket as {@link #open(long, Channel, OpenTicket, Actor)} does and, in the same transaction,
     * hands it to {@code alongside}: what the caller must store with the ticket or not at all (an app's submission
     * under its idempotency key, say). The ticket may share its transaction with others registered at the same
     * moment; when it does not commit, neither does what {@code alongside} wrote.
     *
     * @throws TicketValidationException listing every field that breaks the tenant's rules; nothing is stored
     */
    public <T> T open(
            long tenantId, Channel channel, OpenTicket submitted, Actor actor, Function<TicketView, T> alongside) {
        if (!actor.seesAllTenants() && actor.tenantId() != tenantId) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.otherTenant", "You can open tickets only in your own tenant.");
        }
        if (!access.hosts(actor, tenantId)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.notHosted",
                    "The brand has not authorised the platform to work its tickets.");
        }
        if (!actor.isSystem() && !actor.isCustomer() && !actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException("error.ticket.forbidden.register", "Your role cannot register tickets.");
        }
        // a password in the title or description is stored masked; SecretKeeper keeps the original apart
        SecretKeeper.Concealed title = SecretKeeper.conceal(submitted.title());
        SecretKeeper.Concealed description = SecretKeeper.conceal(submitted.description());
        OpenTicket request = SecretKeeper.concealed(submitted, title, description);
        Long requester = actor.isCustomer() ? actor.userId() : request.requesterId();
        // everything that only reads happens before the transaction, so a refused ticket never enters one that
        // other registrations share, and reading the text does not hold their commit up
        Instant now = clock.instant();
        TicketForm.Valid form = TenantScope.of(actor, () -> {
            TicketFormRules rules =
                    channel.followsFormRules() ? formPolicies.rules(tenantId) : TicketFormRules.AS_RECEIVED;
            TicketForm.Valid valid = TicketForm.validate(request, rules, channel.contactSource(), now);
            if (requester != null && !actor.isCustomer()) {
                checkRequester(requester, tenantId);
            }
            return valid;
        });
        String language = languages.of(form.title() + "\n" + form.description()).orElse(null);
        TicketPlacement.Proposal proposal = TenantScope.of(
                actor,
                () -> placements.stream()
                        .findFirst()
                        .map(p -> p.propose(tenantId, form.title() + "\n" + form.description(), form.category()))
                        .orElse(number -> new TicketPlacement.Placement(form.category(), null)));
        return access.inGroupCommit(actor, () -> {
            TicketNumber number = numbers.next(clock);
            TicketPlacement.Placement placement = proposal.placeAs(number.value());
            Instant due = dueTimes.stream()
                    .findFirst()
                    .flatMap(d ->
                            d.resolutionDue(tenantId, placement.teamId(), form.urgency(), placement.category(), now))
                    .orElse(now.plus(form.urgency().resolutionTarget()));
            Ticket ticket = tickets.save(new Ticket(
                    tenantId,
                    number,
                    channel,
                    form.placed(placement.category()),
                    placement.teamId(),
                    requester,
                    actor.userId(),
                    language,
                    now,
                    due));
            recordHistory(ticket, actor, now);
            secrets.keep(ticket, null, SecretKeeper.both(title, description), true, actor, now);
            events.publishEvent(new TicketOpened(
                    ticket.id(),
                    ticket.number(),
                    tenantId,
                    channel,
                    form.urgency(),
                    form.type(),
                    placement.category(),
                    placement.teamId(),
                    requester,
                    ticket.title(),
                    ticket.product(),
                    now));
            return alongside.apply(ticket.view(TicketAccess.showsContactDetails(actor, ticket)));
        });
    }

    /**
     * Writes a public reply or an internal note. Customers write public replies on their own tickets only; a
     * customer's answer to a ticket waiting for them puts it back in progress.
     */
    public MessageView addMessage(String number, MessageKind kind, String body, Actor actor) {
        checkBody(body);
        return access.inTransaction(actor, () -> {
            Ticket ticket = carriedOn(access.visible(number, actor), actor);
            boolean fromCustomer = ticket.isRequester(actor.userId()) && actor.isCustomer();
            checkMayWrite(kind, fromCustomer, actor);
            String text = body;
            if (kind == MessageKind.PUBLIC_REPLY && !fromCustomer && !actor.isSystem()) {
                TicketView view = ticket.view(true);
                for (ReplyWrapping wrapping : wrappings) {
                    text = wrapping.wrap(view, text, actor);
                }
                checkBody(text);
                try {
                    checkReply(ticket.tenantId(), text);
                } catch (TicketValidationException refused) {
                    // kept after the rollback by RefusedReplyRecords: quality inspection draws such tickets
                    events.publishEvent(new ReplyRefused(
                            ticket.id(),
                            ticket.number(),
                            ticket.tenantId(),
                            actor.userId(),
                            refused.problems().stream()
                                    .flatMap(problem -> problem.args().stream())
                                    .map(String::valueOf)
                                    .collect(java.util.stream.Collectors.joining("、")),
                            clock.instant()));
                    throw refused;
                }
            }
            return write(ticket, kind, fromCustomer, text, actor);
        });
    }

    /**
     * Writes the customer's public reply, for a caller that has made sure of the customer in another way than a
     * sign-in: their brand's app speaking for its user. It resumes a ticket waiting for them, as from the portal.
     *
     * @param via who wrote, as the conversation and history show it, e.g. the app user's name
     */
    public MessageView addMessageAsCustomer(String number, long tenantId, String body, String via) {
        checkBody(body);
        return TenantScope.inTenant(tenantId, () -> {
            Actor system = Actor.system(tenantId);
            return access.inTransaction(system, () -> {
                Ticket ticket = carriedOn(access.visible(number, system), system);
                Actor customer = new Actor(ticket.requesterId(), tenantId, "customer", via, Set.of(Role.CUSTOMER));
                return write(ticket, MessageKind.PUBLIC_REPLY, true, body, customer);
            });
        });
    }

    /**
     * The ticket a message to {@code ticket} belongs in: a merged ticket's conversation goes on in the one it was
     * merged into (followed through later merges), so a customer answering an old mail or link is not turned away.
     */
    private Ticket carriedOn(Ticket ticket, Actor actor) {
        Ticket current = ticket;
        for (int hop = 0; current.mergedInto() != null && hop < 20; hop++) {
            current = access.visible(current.mergedInto(), actor);
        }
        return current;
    }

    /**
     * Closes {@code sourceNumber} as merged into {@code targetNumber}, with a line in the history of each: the last
     * step of a merge, once the source's conversation ({@code messagesMoved} messages) has been moved. Both must be
     * tickets the actor handles.
     *
     * @return the source as it is now
     * @throws TicketClosedException if the source is closed already
     */
    public TicketView closeAsMerged(String sourceNumber, String targetNumber, int messagesMoved, Actor actor) {
        if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.merge", "Only members of staff who handle tickets merge them.");
        }
        return access.inTransaction(actor, () -> {
            Ticket source = access.visible(sourceNumber, actor);
            Ticket target = access.visible(targetNumber, actor);
            Instant now = clock.instant();
            TicketStatus before = source.mergeInto(target.number(), now);
            recordHistory(source, actor, now);
            target.mergedFrom(source.number(), String.valueOf(messagesMoved), now);
            publishEdited(target, recordHistory(target, actor, now), actor, now);
            events.publishEvent(new TicketStatusChanged(
                    source.id(),
                    source.number(),
                    source.tenantId(),
                    before,
                    TicketStatus.CLOSED,
                    actor.userId(),
                    "merged into " + target.number(),
                    now));
            return source.view(TicketAccess.showsContactDetails(actor, source));
        });
    }

    private static void checkBody(String body) {
        if (body.isBlank() || body.length() > MAX_MESSAGE_LENGTH) {
            throw TicketValidationException.of(
                    "body",
                    body.isBlank() ? "message.body.required" : "message.body.too-long",
                    body.isBlank()
                            ? "The message is empty."
                            : "A message must not be longer than " + MAX_MESSAGE_LENGTH + " characters.");
        }
    }

    private MessageView write(Ticket ticket, MessageKind kind, boolean fromCustomer, String body, Actor actor) {
        Instant now = clock.instant();
        TicketStatus before = ticket.status();
        TicketStatus resumed = ticket.messageAdded(kind, fromCustomer, actor.isSystem() ? "system" : "staff", now);
        SecretKeeper.Concealed text = SecretKeeper.conceal(body.strip());
        TicketMessage message = messages.save(new TicketMessage(
                ticket.tenantId(), ticket.id(), kind, actor.userId(), actor.name(), fromCustomer, text.shown(), now));
        recordHistory(ticket, actor, now);
        MessageView view = message.view();
        events.publishEvent(new TicketMessageAdded(
                ticket.id(), ticket.number(), ticket.tenantId(), view.id(), kind, fromCustomer, actor.userId(), now));
        if (resumed != null) {
            events.publishEvent(new TicketStatusChanged(
                    ticket.id(), ticket.number(), ticket.tenantId(), before, resumed, actor.userId(), null, now));
        }
        secrets.keep(ticket, view.id(), text, fromCustomer, actor, now);
        return view;
    }

    /**
     * Moves the ticket to {@code target} if {@link TicketLifecycle} allows it for this actor.
     *
     * @param reason required for reopening and for closing an unresolved ticket
     */
    public TicketView changeStatus(String number, TicketStatus target, @Nullable String reason, Actor actor) {
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            return move(
                    ticket,
                    target,
                    TicketLifecycle.partiesOf(actor, ticket.isRequester(actor.userId())),
                    reason,
                    actor,
                    actor.userId());
        });
    }

    /**
     * Moves the ticket as its customer, for a caller that has made sure of the customer in another way than a
     * sign-in: the survey link sent to them, or their brand's app speaking for its user. The customer may confirm or
     * reopen (with a reason) as from the portal.
     *
     * @param via who answered, as history shows it, e.g. "客户（满意度链接）" in the tenant's language
     */
    public TicketView changeStatusAsCustomer(
            String number, long tenantId, TicketStatus target, @Nullable String reason, String via) {
        return TenantScope.inTenant(tenantId, () -> {
            Actor system = Actor.system(tenantId);
            return access.inTransaction(system, () -> {
                Ticket ticket = access.visible(number, system);
                Actor customer = new Actor(ticket.requesterId(), tenantId, "customer", via, Set.of(Role.CUSTOMER));
                return move(
                        ticket,
                        target,
                        EnumSet.of(TicketLifecycle.Party.CUSTOMER),
                        reason,
                        customer,
                        customer.userId());
            });
        });
    }

    private TicketView move(
            Ticket ticket,
            TicketStatus target,
            Set<TicketLifecycle.Party> parties,
            @Nullable String reason,
            Actor actor,
            @Nullable Long actorId) {
        Instant now = clock.instant();
        TicketStatus before = ticket.status();
        TicketView current = ticket.view(true);
        statusGuards.forEach(guard -> guard.check(current, target, actor));
        ticket.moveTo(target, parties, reason, now);
        recordHistory(ticket, actor, now);
        events.publishEvent(new TicketStatusChanged(
                ticket.id(), ticket.number(), ticket.tenantId(), before, target, actorId, reason, now));
        return ticket.view(TicketAccess.showsContactDetails(actor, ticket));
    }

    /** Records what a handler did; only staff who work tickets may. */
    public ProgressView addProgress(String number, ProgressEntry entry, Actor actor) {
        List<FieldProblem> problems = entry.problems();
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.progress", "Only the people handling tickets record progress.");
            }
            Instant now = clock.instant();
            ProgressRecord saved = progress.save(new ProgressRecord(
                    ticket.tenantId(), ticket.id(), actor.userId(), actor.name(), ticket.status(), entry, now));
            ticket.progressRecorded(entry.label(), now);
            recordHistory(ticket, actor, now);
            events.publishEvent(new TicketProgressRecorded(
                    ticket.id(),
                    ticket.number(),
                    ticket.tenantId(),
                    entry.label(),
                    entry.estimatedCompletionAt(),
                    actor.userId(),
                    now,
                    saved.view().id(),
                    entry.customerVisible()));
            return saved.view();
        });
    }

    /** Changes editable fields; staff only, each change checked against the tenant's rules. */
    public TicketView edit(String number, TicketEdit edit, Actor actor) {
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.change", "Only the people handling tickets can change them.");
            }
            Instant now = clock.instant();
            Urgency urgencyBefore = ticket.urgency();
            String categoryBefore = ticket.category();
            ticket.edit(edit, formPolicies.rules(ticket.tenantId()), now);
            publishEdited(ticket, recordHistory(ticket, actor, now), actor, now);
            if (ticket.urgency() != urgencyBefore || !java.util.Objects.equals(ticket.category(), categoryBefore)) {
                events.publishEvent(new TicketReclassified(
                        ticket.id(),
                        ticket.number(),
                        ticket.tenantId(),
                        ticket.urgency(),
                        categoryBefore,
                        ticket.category(),
                        actor.userId(),
                        now));
            }
            return ticket.view(TicketAccess.showsContactDetails(actor, ticket));
        });
    }

    /**
     * Puts the ticket on one person's desk, or on nobody's; its team stays. Supervisors assign anyone; a handler
     * may take an unassigned ticket or give back their own.
     */
    public TicketView assign(String number, @Nullable Long assigneeId, @Nullable String note, Actor actor) {
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            boolean supervisor = actor.isSystem() || actor.hasAny(Role.SUPERVISORS);
            boolean selfService = actor.hasAny(Role.HANDLERS)
                    && (ticket.assigneeId() == null || ticket.assigneeId().equals(actor.userId()))
                    && (assigneeId == null || assigneeId.equals(actor.userId()));
            if (!supervisor && !selfService) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.assign",
                        "Only a supervisor assigns tickets to others; you can take an unassigned ticket yourself.");
            }
            return reassign(ticket, ticket.teamId(), assigneeId, note, actor);
        });
    }

    /**
     * Puts the ticket in a team's queue and on one person's desk (either may be {@code null}); for supervisors and
     * automatic routing.
     */
    public TicketView route(
            String number, @Nullable Long teamId, @Nullable Long assigneeId, @Nullable String note, Actor actor) {
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            if (!actor.isSystem() && !actor.hasAny(Role.SUPERVISORS)) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.moveTeam", "Only a supervisor moves tickets between teams.");
            }
            // a team is checked when it changes: the automatic assignment keeps the team the ticket was placed in
            if (teamId != null
                    && !teamId.equals(ticket.teamId())
                    && teams.teamName(teamId, ticket.tenantId()).isEmpty()) {
                throw TicketValidationException.of(
                        "teamId", "ticket.teamId.unknown", "No team " + teamId + " in this tenant.");
            }
            return reassign(ticket, teamId, assigneeId, note, actor);
        });
    }

    private TicketView reassign(
            Ticket ticket, @Nullable Long teamId, @Nullable Long assigneeId, @Nullable String note, Actor actor) {
        if (note != null && note.length() > MAX_ASSIGNMENT_NOTE) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "note",
                    "ticket.assignment.note.too-long",
                    "The note must not be longer than " + MAX_ASSIGNMENT_NOTE + " characters.",
                    List.of(MAX_ASSIGNMENT_NOTE))));
        }
        if (assigneeId != null) {
            checkAssignee(assigneeId, ticket.tenantId());
        }
        Instant now = clock.instant();
        Long previous = ticket.assigneeId();
        Long previousTeam = ticket.teamId();
        ticket.assignTo(teamId, assigneeId, note, now);
        recordHistory(ticket, actor, now);
        events.publishEvent(new TicketAssigned(
                ticket.id(),
                ticket.number(),
                ticket.tenantId(),
                previous,
                assigneeId,
                previousTeam,
                teamId,
                ticket.status(),
                actor.userId(),
                note,
                now));
        return ticket.view(TicketAccess.showsContactDetails(actor, ticket));
    }

    /**
     * Writes a line into the ticket's history for something another module did to it (a transfer, a dispatch to the
     * platform, an escalation, an incident link), so the history stays the one complete record.
     *
     * @param what a short code such as {@code dispatch} or {@code escalation}
     * @param value what it was set to, e.g. the escalation level
     */
    public void annotate(String number, String what, @Nullable String value, @Nullable String note, Actor actor) {
        annotate(number, what, value, note, actor, true);
    }

    /**
     * As {@link #annotate}, but tells no other module: for a line that records work done, not a change of the
     * ticket (an automation's firing, whose changes each have their own line and event).
     */
    public void remark(String number, String what, @Nullable String value, @Nullable String note, Actor actor) {
        annotate(number, what, value, note, actor, false);
    }

    private void annotate(
            String number, String what, @Nullable String value, @Nullable String note, Actor actor, boolean tell) {
        if (!what.matches("[a-z][a-z-]{1,48}")) {
            throw new IllegalArgumentException("Not a history code: " + what);
        }
        access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            Instant now = clock.instant();
            history.save(new HistoryEntry(
                    ticket.tenantId(),
                    ticket.id(),
                    actor.userId(),
                    actor.name(),
                    now,
                    new Ticket.Change(what, null, value, note)));
            if (tell) {
                publishEdited(ticket, Set.of(what), actor, now);
            }
            return null;
        });
    }

    /**
     * Records the resolution due time the SLA computed in business time, with a history line; for the system only.
     * A closed ticket keeps its last due time.
     */
    public void recordResolutionDue(String number, Instant due, String note, Actor actor) {
        if (!actor.isSystem()) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.dueTime", "Only the SLA engine sets the resolution due time.");
        }
        access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            ticket.slaResolutionDue(due, note);
            recordHistory(ticket, actor, clock.instant());
            return null;
        });
    }

    /**
     * Flags the ticket as a complaint (searchable with the {@code complaint} filter) and raises its priority to at
     * least {@code raiseTo}, with a history line giving {@code reason}. For the system (complaint signals), the
     * customer who raised the ticket, and staff who handle tickets.
     *
     * @return the ticket, changed or not
     */
    public TicketView flagComplaint(String number, String reason, TicketPriority raiseTo, Actor actor) {
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            boolean customer = actor.isCustomer() && ticket.isRequester(actor.userId());
            if (!actor.isSystem() && !customer && !actor.hasAny(Role.HANDLERS)) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.complaint", "Your role cannot flag complaints.");
            }
            ticket.flagComplaint(reason, raiseTo);
            Instant now = clock.instant();
            // a further signal on a ticket flagged already changes no field but is news to reports all the same
            Set<String> fields = new java.util.HashSet<>(recordHistory(ticket, actor, now));
            fields.add("complaint");
            publishEdited(ticket, fields, actor, now);
            return ticket.view(TicketAccess.showsContactDetails(actor, ticket));
        });
    }

    /**
     * Keeps the customer's rating in short on the ticket, with a history line, in the transaction that records the
     * rating (the survey module's), so lists show and filter by it. For the customer who raised the ticket and the
     * system.
     */
    public void recordRating(String number, RatingSummary rating, Actor actor) {
        access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            if (!actor.isSystem() && !(actor.isCustomer() && ticket.isRequester(actor.userId()))) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.rate", "Only the customer who raised a ticket rates it.");
            }
            ticket.rated(rating);
            Instant now = clock.instant();
            publishEdited(ticket, recordHistory(ticket, actor, now), actor, now);
            return null;
        });
    }

    /** The tenant's registration rules (the defaults until the tenant changes them). */
    public TicketFormRules formRules(long tenantId) {
        return formPolicies.rules(tenantId);
    }

    /** Changes a tenant's registration rules; for its tenant admins and platform operators. */
    public TicketFormRules changeFormRules(long tenantId, TicketFormRules rules, Actor actor) {
        return formPolicies.change(tenantId, rules, actor);
    }

    private static void checkMayWrite(MessageKind kind, boolean fromCustomer, Actor actor) {
        if (actor.isSystem() || fromCustomer && kind == MessageKind.PUBLIC_REPLY) {
            return;
        }
        boolean allowed = switch (kind) {
            case PUBLIC_REPLY -> actor.hasAny(Role.HANDLERS);
            case INTERNAL_NOTE -> actor.hasAny(Role.HANDLERS) || actor.has(Role.QA);
        };
        if (!allowed) {
            throw actor.isCustomer()
                    ? new TicketForbiddenException(
                            "error.ticket.forbidden.internalNote",
                            "Customers write public replies; internal notes are for staff.")
                    : new TicketForbiddenException(
                            "error.ticket.forbidden.write",
                            "Your role cannot write "
                                    + kind.name()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', ' ') + "s.",
                            Phrase.of("error.ticket.messageKind." + kind));
        }
    }

    private void checkReply(long tenantId, String body) {
        List<FieldProblem> problems = replyChecks.stream()
                .flatMap(check -> check.problemsWith(tenantId, body).stream())
                .toList();
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
    }

    private void checkRequester(long requesterId, long tenantId) {
        UserView requester =
                users.byId(requesterId).filter(u -> u.tenantId() == tenantId).orElse(null);
        if (requester == null || !requester.has(Role.CUSTOMER)) {
            throw TicketValidationException.of(
                    "requesterId", "ticket.requesterId.unknown", "No customer " + requesterId + " in this tenant.");
        }
    }

    private void checkAssignee(long assigneeId, long tenantId) {
        UserView assignee =
                users.byId(assigneeId).filter(u -> u.tenantId() == tenantId).orElse(null);
        if (assignee == null || !assignee.enabled() || assignee.roles().stream().noneMatch(Role.HANDLERS::contains)) {
            throw TicketValidationException.of(
                    "assigneeId",
                    "ticket.assigneeId.unknown",
                    "No active member of staff " + assigneeId + " in this tenant can take tickets.");
        }
    }

    /** Saves the ticket's pending changes as history lines; returns the fields they changed. */
    private Set<String> recordHistory(Ticket ticket, Actor actor, Instant now) {
        Set<String> fields = new LinkedHashSet<>();
        for (Ticket.Change change : ticket.pullChanges()) {
            history.save(new HistoryEntry(ticket.tenantId(), ticket.id(), actor.userId(), actor.name(), now, change));
            fields.add(change.field());
        }
        return fields;
    }

    private void publishEdited(Ticket ticket, Set<String> fields, Actor actor, Instant now) {
        if (!fields.isEmpty()) {
            events.publishEvent(new TicketEdited(
                    ticket.id(), ticket.number(), ticket.tenantId(), Set.copyOf(fields), actor.userId(), now));
        }
    }
}
