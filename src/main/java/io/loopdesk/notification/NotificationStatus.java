package io.loopdesk.notification;

/** Where a notification is in its delivery. */
public enum NotificationStatus {
    /** Stored, waiting for its first or next attempt. */
    PENDING,
    /** Delivered: accepted by the mail server or SMS provider, or put in the staff member's in-app list. */
    SENT,
    /** Given up: every attempt failed, or the channel is not set up; the delivery log says why. */
    FAILED
}
