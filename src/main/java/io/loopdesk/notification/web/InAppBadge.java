package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Puts the signed-in staff member's unread in-app notifications on every page, for the header's bell. The count is
 * read only when a page shows it: the advice also runs for API calls, which render no bell.
 */
@ControllerAdvice(annotations = Controller.class)
class InAppBadge {

    private final Notifications notifications;

    InAppBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("inAppUnread")
    LazyContextVariable<@Nullable Long> unread() {
        Actor actor = CurrentActor.find().filter(Actor::isStaff).orElse(null);
        return new LazyContextVariable<>() {
            @Override
            protected @Nullable Long loadValue() {
                return actor == null ? null : notifications.unread(actor.userId());
            }
        };
    }
}
