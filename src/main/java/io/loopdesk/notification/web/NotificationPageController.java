package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.Notifications;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A staff member's in-app notifications: SLA warnings and breaches, complaints, newest first. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class NotificationPageController {

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Actor actor, Locale locale, Model model) {
        // in the page's language, whatever language each notice was raised in
        model.addAttribute("notifications", notifications.inbox(actor.userId(), locale));
        return "notification/list";
    }

    @PostMapping("/notifications/read")
    String markRead(Actor actor) {
        notifications.markAllRead(actor.userId());
        return "redirect:/notifications";
    }
}
