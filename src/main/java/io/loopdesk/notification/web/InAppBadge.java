package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in staff member's unread in-app notifications on every page, for the header's bell. */
@ControllerAdvice(annotations = Controller.class)
class InAppBadge {

    private final Notifications notifications;

    InAppBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("inAppUnread")
    @Nullable
    Long unread() {
        return CurrentActor.find()
                .filter(Actor::isStaff)
                .map(actor -> notifications.unread(actor.userId()))
                .orElse(null);
    }
}
