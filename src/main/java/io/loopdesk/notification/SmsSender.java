package io.loopdesk.notification;

import org.springframework.stereotype.Component;

/** Sends text messages through the configured {@link SmsProvider}: the body only, a text message has no subject. */
@Component
class SmsSender implements NotificationSender {

    private final SmsProvider provider;

    SmsSender(SmsProvider provider) {
        this.provider = provider;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public String deliver(Notification notification) throws DeliveryFailedException {
        provider.send(notification.address(), notification.body());
        return provider.name();
    }
}
