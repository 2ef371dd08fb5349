package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.DeliveryView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.web.ApiLanguage;
import io.loopdesk.ticket.TicketQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The notification API: my in-app notifications, and the delivery log of a ticket's notifications. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "In-app notifications and the delivery log")
class NotificationApiController {

    private final Notifications notifications;
    private final TicketQueries tickets;

    NotificationApiController(Notifications notifications, TicketQueries tickets) {
        this.notifications = notifications;
        this.tickets = tickets;
    }

    /** What the inbox answers: the notifications and how many are unread. */
    record Inbox(long unread, List<NotificationView> notifications) {}

    /** A ticket's notifications with every delivery attempt. */
    record TicketNotifications(List<NotificationView> notifications, List<DeliveryView> deliveries) {}

    @GetMapping("/notifications")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','KB_EDITOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(
            summary = "My in-app notifications, newest first",
            description =
                    "Texts in the language of Accept-Language (zh-CN or en); without one, each in the language it was sent in.")
    Inbox mine(Actor actor, HttpServletRequest request) {
        return new Inbox(
                notifications.unread(actor.userId()), notifications.inbox(actor.userId(), ApiLanguage.of(request)));
    }

    @PostMapping("/notifications/read")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','KB_EDITOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(summary = "Mark all my in-app notifications read")
    Map<String, Integer> read(Actor actor) {
        return Map.of("marked", notifications.markAllRead(actor.userId()));
    }

    @GetMapping("/tickets/{number}/notifications")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(
            summary = "The notifications about a ticket and their delivery log (supervisors)",
            description = "Every e-mail, text message and in-app notice, with each delivery attempt; texts in the"
                    + " language of Accept-Language, without one as each recipient read it.")
    TicketNotifications ofTicket(@PathVariable String number, Actor actor, HttpServletRequest request) {
        // a ticket the caller cannot see is not found, rather than found without notifications
        String visible = tickets.get(number.strip(), actor).number();
        List<NotificationView> found = notifications.aboutTicket(visible, ApiLanguage.of(request));
        return new TicketNotifications(
                found,
                notifications.deliveryLog(
                        found.stream().map(NotificationView::id).toList()));
    }
}
