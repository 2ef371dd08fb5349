package io.loopdesk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

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

    private @Nullable String ticketNumber;

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

    Notification(NotificationRequest request, Instant now) {
        this.tenantId = request.tenantId();
        this.channel = request.to().channel();
        this.address = request.to().address();
        this.userId = request.to() instanceof Recipient.StaffUser staff ? staff.userId() : null;
        this.subject = request.subject().strip();
        this.body = request.body().strip();
        this.ticketNumber = request.ticketNumber();
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
        this.notBefore = request.notBefore() == null || request.notBefore().isBefore(now) ? now : request.notBefore();
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

    NotificationView view() {
        return new NotificationView(
                id,
                channel,
                address,
                subject,
                body,
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
