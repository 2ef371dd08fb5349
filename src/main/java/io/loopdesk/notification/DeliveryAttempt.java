package io.loopdesk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One line of the delivery log: an attempt to deliver a notification and how it went. Never changed. */
@Entity
@Immutable
@Table(name = "notification_delivery")
class DeliveryAttempt {

    /** How an attempt ended. */
    enum Outcome {
        SENT,
        FAILED,
        GAVE_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_delivery_seq")
    @SequenceGenerator(
            name = "notification_delivery_seq",
            sequenceName = "notification_delivery_seq",
            allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long notificationId;

    private int attempt;

    private String provider;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String detail;

    private Instant attemptedAt;

    protected DeliveryAttempt() {}

    DeliveryAttempt(
            long tenantId,
            long notificationId,
            int attempt,
            String provider,
            Outcome outcome,
            String detail,
            Instant attemptedAt) {
        this.tenantId = tenantId;
        this.notificationId = notificationId;
        this.attempt = attempt;
        this.provider = provider;
        this.outcome = outcome;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.attemptedAt = attemptedAt;
    }

    DeliveryView view() {
        return new DeliveryView(notificationId, attempt, provider, outcome.name(), detail, attemptedAt);
    }
}
