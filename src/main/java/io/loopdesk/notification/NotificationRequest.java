package io.loopdesk.notification;

import io.loopdesk.shared.Phrase;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One notification to send. Its texts are phrases, rendered in the reader's language: an in-app notice in the
 * language of the page or API call that shows it, an e-mail or text message in the recipient's language.
 *
 * @param subject the e-mail subject or in-app title; {@code null} for a text message, which has only a body
 * @param ticketNumber the ticket it is about, for the delivery log
 * @param notBefore not delivered before this instant, e.g. the next opening of the desk for a warning raised at
 *     night; {@code null} for at once
 * @param language the recipient's language, e.g. a customer account's preferred one; {@code null} for a staff
 *     member's own preference, else their tenant's default language
 * @param topic what kind of notice it is for the module that asked for it, e.g. {@code survey.result}: its delivery
 *     ({@link NotificationDelivered}) and its failure ({@link NotificationFailed}) name it; {@code null} when no one
 *     needs to hear of its delivery
 */
public record NotificationRequest(
        long tenantId,
        Recipient to,
        @Nullable Phrase subject,
        Phrase body,
        @Nullable String ticketNumber,
        @Nullable Instant notBefore,
        @Nullable Locale language,
        @Nullable String topic) {

    /** A notification to send at once, in the recipient's own language. */
    public static NotificationRequest now(
            long tenantId, Recipient to, @Nullable Phrase subject, Phrase body, @Nullable String ticketNumber) {
        return new NotificationRequest(tenantId, to, subject, body, ticketNumber, null, null, null);
    }

    /** The same notification in {@code language}, e.g. the customer's. */
    public NotificationRequest in(@Nullable Locale language) {
        return new NotificationRequest(tenantId, to, subject, body, ticketNumber, notBefore, language, topic);
    }

    /** The same notification, of this {@code topic}. */
    public NotificationRequest about(String topic) {
        return new NotificationRequest(tenantId, to, subject, body, ticketNumber, notBefore, language, topic);
    }
}
