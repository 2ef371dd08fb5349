package io.loopdesk.sla;

import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.Phrase;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.clock.SlaClock;
import io.loopdesk.sla.complaint.ComplaintSignal;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells staff about SLA warnings, breaches and complaints, in-app and by e-mail, each in the reader's language. A notice
 * raised outside the working hours of the ticket's team is held back until the desk next opens, unless the ticket
 * is critical (zammad/zammad#4432 sends escalations at midnight and on weekends; Loopdesk does not).
 */
@Component
public class StaffNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final StaffRecipients recipients;
    private final Calendars calendars;
    private final Tenants tenants;

    StaffNotices(Notifications notifications, StaffRecipients recipients, Calendars calendars, Tenants tenants) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.calendars = calendars;
        this.tenants = tenants;
    }

    /** The assignee (or, with nobody assigned, the supervisors) is warned that a target is near. */
    void warning(TicketView ticket, SlaClock clock, int warnAtPercent, Instant now) {
        List<UserView> to = recipients.assignee(ticket.assigneeId());
        if (to.isEmpty()) {
            to = recipients.supervisors(ticket.tenantId(), ticket.teamId());
        }
        TenantInfo tenant = tenant(ticket);
        Phrase target = Phrase.of("sla.target." + clock.target());
        String due = clock.dueAt() == null ? "" : TIME.format(clock.dueAt().atZone(tenant.timeZone()));
        send(
                ticket,
                to,
                Phrase.of("sla.notice.warning.subject", ticket.number(), target, due),
                Phrase.of("sla.notice.warning.body", ticket.number(), ticket.title(), target, due, warnAtPercent),
                now);
    }

    /** The assignee and the supervisors learn that a target was missed. */
    void breach(TicketView ticket, SlaClock clock, Instant dueAt, boolean sameDayRule, Instant now) {
        TenantInfo tenant = tenant(ticket);
        Phrase target = Phrase.of("sla.target." + clock.target());
        String due = TIME.format(dueAt.atZone(tenant.timeZone()));
        Phrase body = Phrase.of("sla.notice.breach.body", ticket.number(), ticket.title(), target, due);
        if (sameDayRule) {
            body = Phrase.of("text.lines", body, Phrase.of("sla.notice.breach.callCustomer"));
        }
        send(
                ticket,
                recipients.assigneeAndSupervisors(ticket.tenantId(), ticket.assigneeId(), ticket.teamId()),
                Phrase.of("sla.notice.breach.subject", ticket.number(), target),
                body,
                now);
    }

    /**
     * The team lead learns at once that a critical (business-stopping) ticket was registered (seed 004), whatever
     * the hour: in the app, by e-mail and in the staff group chats.
     */
    void critical(TicketView ticket, Instant now) {
        TenantInfo tenant = tenant(ticket);
        String due = TIME.format(ticket.resolutionDueAt().atZone(tenant.timeZone()));
        send(
                ticket,
                recipients.supervisors(ticket.tenantId(), ticket.teamId()),
                Phrase.of("sla.notice.critical.subject", ticket.number(), ticket.title()),
                Phrase.of("sla.notice.critical.body", ticket.number(), ticket.title(), due),
                now);
    }

    /** The supervisors learn that a ticket was flagged as a complaint. */
    public void complaint(TicketView ticket, ComplaintSignal signal, Phrase evidence, Instant now) {
        Phrase reason = Phrase.of("sla.complaint." + signal);
        send(
                ticket,
                recipients.supervisors(ticket.tenantId(), ticket.teamId()),
                Phrase.of("sla.notice.complaint.subject", ticket.number(), reason),
                Phrase.of("sla.notice.complaint.body", ticket.number(), ticket.title(), reason, evidence),
                now);
    }

    private void send(TicketView ticket, List<UserView> to, Phrase subject, Phrase body, Instant now) {
        notifications.sendToStaff(ticket.tenantId(), to, subject, body, ticket.number(), heldUntil(ticket, now));
    }

    /** Now for a critical ticket or within working hours, else the next opening of the ticket's team's desk. */
    private @Nullable Instant heldUntil(TicketView ticket, Instant now) {
        if (ticket.urgency() == Urgency.CRITICAL) {
            return null;
        }
        BusinessCalendar calendar = calendars.ofTeam(ticket.tenantId(), ticket.teamId());
        return calendar.nextOpening(now).filter(opening -> opening.isAfter(now)).orElse(null);
    }

    private TenantInfo tenant(TicketView ticket) {
        return tenants.byId(ticket.tenantId()).orElseThrow();
    }
}
