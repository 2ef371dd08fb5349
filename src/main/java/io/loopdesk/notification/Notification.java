package io.loopdesk.notification;

import io.loopdesk.shared.Phrase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** One notification in the outbox: what to send, to whom, and how far its delivery got. */
@Entity
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;

    private String address;

    private @Nullable Long userId;

    private String subject;

    private String body;

    /** The subject as a phrase, rendered in each reader's language; {@code null} on rows from before phrases. */
    private @Nullable String subjectPhrase;

    private @Nullable String bodyPhrase;

    /** The recipient's language, the one {@link #subject} and {@link #body} are in. */
    private @Nullable String locale;

    private @Nullable String ticketNumber;

    private @Nullable String topic;

    @Enumerated(EnumType.STRING)
    private NotificationStatus status;

    private int attempts;

    private Instant createdAt;

    private Instant notBefore;

    private @Nullable Instant sentAt;

    private @Nullable Instant readAt;

    private @Nullable String lastError;

    /** When a failed notification is tried again; {@code null} before the first attempt and once it is done. */
    private @Nullable Instant nextAttemptAt;

    @Version
    private int version;

    protected Notification() {}

    /**
     * @param language the recipient's language, the one the stored subject and body are rendered in
     */
    Notification(NotificationRequest request, MessageSource messages, Locale language, Instant now) {
        this.tenantId = request.tenantId();
        this.channel = request.to().channel();
        this.address = request.to().address();
        this.userId = request.to() instanceof Recipient.StaffUser staff ? staff.userId() : null;
        this.subject = request.subject() == null
                ? ""
                : request.subject().render(messages, language).strip();
        String text = request.body().render(messages, language).strip();
        // a notice written for a person reaches an app as an event its server can read, with the text in the
        // person's language; a webhook's own events come as they are
        this.body = channel == NotificationChannel.WEBHOOK && request.subject() != null
                ? NoticeEvent.json(request, subject, text, language, now)
                : text;
        if (subject.isBlank() && body.isBlank()) {
            throw new IllegalArgumentException("A notification needs a subject or a body");
        }
        // a phrase longer than its column (a huge quoted error) is not kept: its text in the recipient's language is
        this.subjectPhrase =
                request.subject() == null ? null : fitting(request.subject().toJson(), 4000);
        this.bodyPhrase = fitting(request.body().toJson(), 12000);
        this.locale = language.toLanguageTag();
        this.ticketNumber = request.ticketNumber();
        this.topic = request.topic();
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
        this.notBefore = request.notBefore() == null || request.notBefore().isBefore(now) ? now : request.notBefore();
    }

    private static @Nullable String fitting(String json, int column) {
        return json.length() <= column ? json : null;
    }

    /** The attempt through {@code provider} went through: marks it sent and returns its delivery-log line. */
    DeliveryAttempt delivered(String provider, Instant now) {
        sent(now);
        return new DeliveryAttempt(
                tenantId, id, attempts, provider, DeliveryAttempt.Outcome.SENT, "delivered to " + address, now);
    }

    /** The attempt went through. */
    private void sent(Instant now) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
    }

    /**
     * The attempt failed.
     *
     * @return whether another attempt follows
     */
    boolean failed(String error, boolean retryable, int maxAttempts) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (!retryable || attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = null;
            return false;
        }
        return true;
    }

    /** After a failed attempt: the next one is at {@code next}. */
    void retryAt(Instant next) {
        nextAttemptAt = next;
    }

    /** Sent again by hand (a webhook event given up or lost by its receiver): one more attempt, now. */
    void again(Instant now) {
        status = NotificationStatus.PENDING;
        notBefore = now;
        nextAttemptAt = null;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    long id() {
        return id;
    }

    long tenantId() {
        return tenantId;
    }

    NotificationChannel channel() {
        return channel;
    }

    String address() {
        return address;
    }

    @Nullable
    String topic() {
        return topic;
    }

    @Nullable
    String ticketNumber() {
        return ticketNumber;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    int attempts() {
        return attempts;
    }

    Instant notBefore() {
        return notBefore;
    }

    boolean isPending() {
        return status == NotificationStatus.PENDING;
    }

    DeliveryState deliveryState() {
        return new DeliveryState(
                id,
                status,
                attempts,
                status != NotificationStatus.PENDING ? null : nextAttemptAt == null ? notBefore : nextAttemptAt,
                sentAt,
                lastError);
    }

    /** The notification as the recipient reads it, in their language. */
    NotificationView view(MessageSource messages) {
        return view(messages, locale == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(locale));
    }

    /** The notification with its texts in the reader's language; a row from before phrases shows its own text. */
    NotificationView view(MessageSource messages, Locale reader) {
        return new NotificationView(
                id,
                channel,
                address,
                subjectPhrase == null ? subject : Phrase.fromJson(subjectPhrase).render(messages, reader),
                bodyPhrase == null ? body : Phrase.fromJson(bodyPhrase).render(messages, reader),
                ticketNumber,
                status,
                attempts,
                createdAt,
                notBefore,
                sentAt,
                readAt,
                lastError);
    }
}
