package io.loopdesk.notification;

/** Delivers the notifications of one channel; one bean per channel. */
interface NotificationSender {

    NotificationChannel channel();

    /**
     * Hands the notification to the channel.
     *
     * @return the provider that took it, for the delivery log
     * @throws DeliveryFailedException if it did not take it
     */
    String deliver(Notification notification) throws DeliveryFailedException;
}
