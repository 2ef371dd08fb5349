package io.loopdesk.notification;

/**
 * Sends a text message. One bean is active, chosen by {@code loopdesk.notification.sms.provider}: {@code logging}
 * ({@link LoggingSmsProvider}, the default) or {@code http} ({@code sms.HttpSmsProvider}). A gateway of one's own is
 * one more implementation of this interface.
 */
public interface SmsProvider {

    /** The provider's name in the delivery log. */
    String name();

    /**
     * Sends {@code text} to {@code mobile}.
     *
     * @throws DeliveryFailedException if the provider did not accept it
     */
    void send(String mobile, String text) throws DeliveryFailedException;
}
