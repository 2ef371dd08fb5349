package io.loopdesk.sla;

import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.clock.SlaClock;
import io.loopdesk.sla.complaint.ComplaintSignal;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketView;
import io.loopdesk.ticket.Urgency;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells staff about SLA warnings, breaches and complaints, in-app and by e-mail, in the tenant's language. A notice
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
    private final MessageSource messages;

    StaffNotices(
            Notifications notifications,
            StaffRecipients recipients,
            Calendars calendars,
            Tenants tenants,
            MessageSource messages) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.calendars = calendars;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** The assignee (or, with nobody assigned, the supervisors) is warned that a target is near. */
    void warning(TicketView ticket, SlaClock clock, int warnAtPercent, Instant now) {
        List<UserView> to = recipients.assignee(ticket.assigneeId());
        if (to.isEmpty()) {
            to = recipients.supervisors(ticket.tenantId(), ticket.teamId());
        }
        TenantInfo tenant = tenant(ticket);
        Locale locale = tenant.defaultLocale();
        String target = text("sla.target." + clock.target(), locale);
        String due = clock.dueAt() == null ? "" : TIME.format(clock.dueAt().atZone(tenant.timeZone()));
        send(
                ticket,
                to,
                text("sla.notice.warning.subject", locale, ticket.number(), target, due),
                text("sla.notice.warning.body", locale, ticket.number(), ticket.title(), target, due, warnAtPercent),
                now);
    }

    /** The assignee and the supervisors learn that a target was missed. */
    void breach(TicketView ticket, SlaClock clock, Instant dueAt, boolean sameDayRule, Instant now) {
        TenantInfo tenant = tenant(ticket);
        Locale locale = tenant.defaultLocale();
        String target = text("sla.target." + clock.target(), locale);
        String due = TIME.format(dueAt.atZone(tenant.timeZone()));
        String body = text("sla.notice.breach.body", locale, ticket.number(), ticket.title(), target, due);
        if (sameDayRule) {
            body = body + "\n" + text("sla.notice.breach.callCustomer", locale);
        }
        send(
                ticket,
                recipients.assigneeAndSupervisors(ticket.tenantId(), ticket.assigneeId(), ticket.teamId()),
                text("sla.notice.breach.subject", locale, ticket.number(), target),
                body,
                now);
    }

    /** The supervisors learn that a ticket was flagged as a complaint. */
    public void complaint(TicketView ticket, ComplaintSignal signal, String evidence, Instant now) {
        Locale locale = tenant(ticket).defaultLocale();
        String reason = text("sla.complaint." + signal, locale);
        send(
                ticket,
                recipients.supervisors(ticket.tenantId(), ticket.teamId()),
                text("sla.notice.complaint.subject", locale, ticket.number(), reason),
                text("sla.notice.complaint.body", locale, ticket.number(), ticket.title(), reason, evidence),
                now);
    }

    private void send(TicketView ticket, List<UserView> to, String subject, String body, Instant now) {
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

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
