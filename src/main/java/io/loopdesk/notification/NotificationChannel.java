package io.loopdesk.notification;

/** How a notification travels. */
public enum NotificationChannel {
    /** An e-mail through the configured SMTP server. */
    EMAIL,
    /** A text message through the configured {@link SmsProvider}. */
    SMS,
    /** A message in Loopdesk itself, shown to staff in the page header. */
    IN_APP,
    /** A signed HTTP POST of a JSON event to an endpoint another module resolves ({@link WebhookEndpoints}). */
    WEBHOOK,
    /** A message to a staff group chat through a company-IM robot (WeCom, DingTalk, Feishu). */
    IM_ROBOT
}
