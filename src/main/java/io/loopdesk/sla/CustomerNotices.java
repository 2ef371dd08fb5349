package io.loopdesk.sla;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.CustomerReach;
import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.Phrase;
import io.loopdesk.sla.clock.SlaClockRepository;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells customers what the SLA and auto-close rules do with their ticket, by e-mail and SMS, in the customer's
 * language (their account's preference, else the tenant's): the expected completion time and the reminder while a
 * ticket waits for them. The request to confirm and the closing are the survey module's notices, whoever moved the
 * ticket. Addresses come from the ticket (its contact and phone) or else from the customer's account.
 */
@Component
public class CustomerNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final CustomerReach reach;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final Tenants tenants;
    private final SlaClockRepository clocks;
    private final SlaAccess access;

    CustomerNotices(
            Notifications notifications,
            CustomerReach reach,
            TicketQueries queries,
            UserAccounts users,
            Tenants tenants,
            SlaClockRepository clocks,
            SlaAccess access) {
        this.notifications = notifications;
        this.reach = reach;
        this.queries = queries;
        this.users = users;
        this.tenants = tenants;
        this.clocks = clocks;
        this.access = access;
    }

    /**
     * Under a policy with the expected-resolution target, the customer learns the estimated completion time a
     * handler recorded (seed 003: "预计 xx 时间完成").
     */
    void expectedCompletion(long tenantId, long ticketId, String number, Instant estimate) {
        access.inTenant(tenantId, () -> {
            boolean tracked = clocks.findByTicketIdOrderByTarget(ticketId).stream()
                    .anyMatch(c -> c.target() == SlaTarget.EXPECTED_RESOLUTION);
            if (tracked) {
                TicketView ticket = queries.get(number, Actor.system());
                TenantInfo tenant = tenant(ticket);
                String at = TIME.format(estimate.atZone(tenant.timeZone()));
                send(ticket, "sla.customer.expected", true, at);
            }
            return null;
        });
    }

    /** Auto-close step 1: the ticket still waits for the customer's answer. */
    public void reminder(TicketView ticket) {
        send(ticket, "sla.customer.reminder", true);
    }

    private void send(TicketView ticket, String key, boolean alsoSms, Object... extra) {
        Object[] args = new Object[extra.length + 2];
        args[0] = ticket.number();
        args[1] = ticket.title();
        System.arraycopy(extra, 0, args, 2, extra.length);
        Phrase subject = Phrase.of(key + ".subject", args);
        Phrase body = Phrase.of(key + ".body", args);
        UserView requester = ticket.requesterId() == null
                ? null
                : users.byId(ticket.requesterId()).orElse(null);
        Locale language = requester == null ? null : requester.preferredLocale();
        Optional<Recipient> told = reach.of(ticket, requester);
        told.ifPresent(to -> notifications.send(NotificationRequest.now(
                        ticket.tenantId(),
                        to,
                        to.channel() == NotificationChannel.SMS ? null : subject,
                        body,
                        ticket.number())
                .in(language)));
        // the auto-close reminder goes by text message too (seed 003), when the customer's own channel is not one
        boolean textedAlready =
                told.map(to -> to.channel() == NotificationChannel.SMS).orElse(false);
        if (alsoSms && !textedAlready) {
            Recipient.anyMobile(ticket.phone(), ticket.contact(), requester == null ? null : requester.phone())
                    .ifPresent(to -> notifications.send(
                            NotificationRequest.now(ticket.tenantId(), to, null, body, ticket.number())
                                    .in(language)));
        }
    }

    private TenantInfo tenant(TicketView ticket) {
        return tenants.byId(ticket.tenantId()).orElseThrow();
    }
}
