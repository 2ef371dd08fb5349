package io.loopdesk.notification;

import org.springframework.stereotype.Component;

/**
 * Delivers in-app notifications: once delivered they appear in the staff member's list and count. Nothing leaves
 * Loopdesk, so this cannot fail; it exists so a notice held back until the desk opens appears only then.
 */
@Component
class InAppSender implements NotificationSender {

    static final String PROVIDER = "in-app";

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.IN_APP;
    }

    @Override
    public String deliver(Notification notification) {
        return PROVIDER;
    }
}
