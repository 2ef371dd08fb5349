package io.loopdesk.survey.notice;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.CustomerReach;
import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationDelivered;
import io.loopdesk.notification.NotificationFailed;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.survey.SurveyRules;
import io.loopdesk.survey.SurveySettings;
import io.loopdesk.survey.link.SurveyAnswers;
import io.loopdesk.survey.link.SurveyLink;
import io.loopdesk.survey.link.SurveyLinks;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.TicketMerged;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketProgressRecorded;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.loopdesk.ticket.value.ResultNotice;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.ProgressView;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the customer, on their own channel ({@link CustomerReach}), that their feedback was received (with its
 * number), the progress handlers show them on pressing or long-open tickets, that it was solved (with the solution and a survey link to confirm, reopen and rate) and that it was
 * closed. Through the notification outbox, in the customer's language. A customer who does not answer the survey is
 * reminded as the tenant's {@link SurveySettings} say. A ticket with no way to reach its customer says so in its
 * history once.
 */
@Component
class LoopNotices {

    /** How much of the solution a notice quotes; the survey page shows it whole. */
    static final int SOLUTION_LENGTH = 500;

    /** The topic of result notices: their delivery meets the SLA target of telling the customer the result. */
    static final String RESULT_TOPIC = "survey.result";

    private final Notifications notifications;
    private final CustomerReach reach;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final UserAccounts users;
    private final SurveyLinks links;
    private final SurveyAnswers answers;
    private final SurveyRules rules;
    private final Timers timers;
    private final Clock clock;
    private final String publicUrl;

    LoopNotices(
            Notifications notifications,
            CustomerReach reach,
            TicketQueries queries,
            Tickets tickets,
            UserAccounts users,
            SurveyLinks links,
            SurveyAnswers answers,
            SurveyRules rules,
            Timers timers,
            Clock clock,
            @Value("${loopdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.reach = reach;
        this.queries = queries;
        this.tickets = tickets;
        this.users = users;
        this.links = links;
        this.answers = answers;
        this.rules = rules;
        this.timers = timers;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @AsyncReaction
    void on(TicketOpened opened) {
        TenantScope.inTenant(opened.tenantId(), () -> {
            TicketView ticket = queries.get(opened.number(), Actor.system());
            UserView requester = requester(ticket);
            Optional<Recipient> to = reach.of(ticket, requester);
            if (to.isEmpty()) {
                tickets.annotate(
                        ticket.number(),
                        "customer-notices",
                        "none",
                        "No e-mail address or mobile number for the customer on channel " + ticket.channel()
                                + ": they are not told about this ticket; answer them where they wrote.",
                        Actor.system());
                return;
            }
            send(ticket, requester, to.get(), "survey.notice.received", ticket.number(), ticket.title());
        });
    }

    @AsyncReaction(condition = "#changed.to().name() == 'AWAITING_CONFIRMATION' or #changed.to().name() == 'CLOSED'")
    void on(TicketStatusChanged changed) {
        TenantScope.inTenant(changed.tenantId(), () -> {
            TicketView ticket = queries.get(changed.number(), Actor.system());
            UserView requester = requester(ticket);
            Optional<Recipient> to = reach.of(ticket, requester);
            if (to.isEmpty()) {
                if (changed.to() == TicketStatus.AWAITING_CONFIRMATION) {
                    // the result target ends without an outcome: there is no one to tell it to
                    tickets.annotate(
                            ticket.number(),
                            ResultNotice.FIELD,
                            ResultNotice.NO_CHANNEL.name(),
                            "No channel reaches the customer: tell them the result where they wrote.",
                            Actor.system());
                }
                return;
            }
            if (changed.to() == TicketStatus.CLOSED) {
                if (ticket.mergedInto() != null) {
                    return; // told where it went instead, on TicketMerged
                }
                send(ticket, requester, to.get(), "survey.notice.closed", ticket.number(), ticket.title());
                return;
            }
            if (ticket.status() != TicketStatus.AWAITING_CONFIRMATION) {
                return; // confirmed or reopened before this reaction ran: the survey would no longer apply
            }
            SurveyLinks.Issued issued = links.issue(ticket.tenantId(), ticket.number());
            String link = publicUrl + "/r/" + issued.token();
            // moved by the auto-close rule, not by a handler with an answer: say why it is taken as solved
            boolean automatic = changed.actorId() == null && changed.from() == TicketStatus.WAITING_CUSTOMER;
            sendAbout(
                    ticket,
                    requester,
                    to.get(),
                    RESULT_TOPIC,
                    automatic ? "survey.notice.resultAuto" : "survey.notice.result",
                    ticket.number(),
                    ticket.title(),
                    solution(ticket),
                    link);
            planReminder(issued.link(), rules.of(ticket.tenantId()));
        });
    }

    /** A duplicate was merged: its customer is told which ticket carries on their request. */
    @AsyncReaction
    void on(TicketMerged merged) {
        TenantScope.inTenant(merged.tenantId(), () -> {
            TicketView ticket = queries.get(merged.sourceNumber(), Actor.system());
            UserView requester = requester(ticket);
            reach.of(ticket, requester)
                    .ifPresent(to -> send(
                            ticket,
                            requester,
                            to,
                            "survey.notice.merged",
                            ticket.number(),
                            ticket.title(),
                            merged.targetNumber()));
        });
    }

    /**
     * Progress a handler shows the customer reaches them too when the ticket is urgent or critical, or has been open
     * longer than the tenant's {@link SurveySettings#progressAfterHours()}.
     */
    @AsyncReaction(condition = "#recorded.customerVisible()")
    void on(TicketProgressRecorded recorded) {
        TenantScope.inTenant(recorded.tenantId(), () -> {
            TicketView ticket = queries.get(recorded.number(), Actor.system());
            boolean pressing = ticket.urgency() == Urgency.URGENT || ticket.urgency() == Urgency.CRITICAL;
            boolean longOpen =
                    Duration.between(ticket.registeredAt(), recorded.at()).toHours()
                            >= rules.of(recorded.tenantId()).progressAfterHours();
            if (!ticket.status().isOpen() || (!pressing && !longOpen)) {
                return;
            }
            Optional<ProgressView> shown = queries.progress(ticket.number(), Actor.system()).stream()
                    .filter(p -> p.id() == recorded.progressId() && p.customerVisible())
                    .findFirst();
            if (shown.isEmpty()) {
                return;
            }
            UserView requester = requester(ticket);
            reach.of(ticket, requester)
                    .ifPresent(to -> send(
                            ticket,
                            requester,
                            to,
                            "survey.notice.progress",
                            ticket.number(),
                            ticket.title(),
                            Phrase.of("progress." + shown.get().label().name()),
                            shown.get().details()));
        });
    }

    /**
     * A reminder is due for the survey of {@code linkId}: sends a new link of the same round if the customer has
     * still not answered and the ticket still awaits confirmation, and plans the next one within the tenant's limit.
     */
    void remind(long tenantId, long linkId) {
        SurveyLink link = links.byId(linkId).orElse(null);
        if (link == null || link.tenantId() != tenantId || link.answered() || link.expiredAt(clock.instant())) {
            return;
        }
        boolean newest = links.latest(tenantId, link.ticketNumber())
                .map(latest -> latest.id() == link.id())
                .orElse(false);
        SurveySettings settings = rules.of(tenantId);
        if (!newest || link.reminders() >= settings.reminders()) {
            return;
        }
        TicketView ticket = queries.get(link.ticketNumber(), Actor.system());
        if (ticket.status() != TicketStatus.AWAITING_CONFIRMATION) {
            return;
        }
        UserView requester = requester(ticket);
        Optional<Recipient> to = reach.of(ticket, requester);
        if (to.isEmpty()) {
            return;
        }
        SurveyLinks.Issued issued = links.remind(link);
        send(
                ticket,
                requester,
                to.get(),
                "survey.notice.reminder",
                ticket.number(),
                ticket.title(),
                "",
                publicUrl + "/r/" + issued.token());
        planReminder(issued.link(), settings);
    }

    private void planReminder(SurveyLink link, SurveySettings settings) {
        if (link.reminders() < settings.reminders()) {
            timers.schedule(
                    SurveyReminderTimer.TASK,
                    SurveyReminderTimer.instanceId(link.tenantId(), link.id()),
                    clock.instant().plus(Duration.ofDays(settings.remindAfterDays())));
        }
    }

    private void send(TicketView ticket, @Nullable UserView requester, Recipient to, String key, Object... args) {
        sendAbout(ticket, requester, to, null, key, args);
    }

    private void sendAbout(
            TicketView ticket, @Nullable UserView requester, Recipient to, String topic, String key, Object... args) {
        boolean sms = to.channel() == NotificationChannel.SMS;
        Phrase subject = sms ? null : Phrase.of(key + ".subject", args);
        Phrase body = Phrase.of(key + (sms ? ".sms" : ".body"), args);
        NotificationRequest request = NotificationRequest.now(ticket.tenantId(), to, subject, body, ticket.number())
                .in(requester == null ? null : requester.preferredLocale());
        notifications.send(topic == null ? request : request.about(topic));
    }

    /** The result notice reached the customer: the result target is met or missed now, as the history says. */
    @AsyncReaction(condition = "#delivered.topic() == 'survey.result'")
    void on(NotificationDelivered delivered) {
        if (delivered.ticketNumber() == null) {
            return;
        }
        TenantScope.inTenant(
                delivered.tenantId(),
                () -> tickets.annotate(
                        delivered.ticketNumber(),
                        ResultNotice.FIELD,
                        ResultNotice.SENT.name(),
                        delivered.channel().name(),
                        Actor.system()));
    }

    /** The channel gave up on the result notice: the ticket says so, and the result target keeps running. */
    @AsyncReaction(condition = "#failed.topic() == 'survey.result'")
    void on(NotificationFailed failed) {
        if (failed.ticketNumber() == null) {
            return;
        }
        TenantScope.inTenant(
                failed.tenantId(),
                () -> tickets.annotate(
                        failed.ticketNumber(),
                        ResultNotice.FIELD,
                        ResultNotice.FAILED.name(),
                        failed.reason(),
                        Actor.system()));
    }

    private @Nullable UserView requester(TicketView ticket) {
        return ticket.requesterId() == null
                ? null
                : users.byId(ticket.requesterId()).orElse(null);
    }

    private String solution(TicketView ticket) {
        String text = answers.solution(ticket);
        if (text == null) {
            return "";
        }
        String kept = text.strip();
        return kept.length() > SOLUTION_LENGTH ? kept.substring(0, SOLUTION_LENGTH) + "…" : kept;
    }
}
