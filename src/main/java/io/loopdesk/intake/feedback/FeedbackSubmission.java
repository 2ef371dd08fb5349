package io.loopdesk.intake.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One submission of an app and the ticket it made. The pair (app, idempotency key) is unique in the database, so
 * of two identical requests racing, only one can store its row and its ticket; the other finds the row and
 * answers with the same ticket.
 */
@Entity
class FeedbackSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_submission_seq")
    @SequenceGenerator(name = "feedback_submission_seq", sequenceName = "feedback_submission_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long appId;

    private @Nullable String idempotencyKey;

    /** SHA-256 of the request (fields and files), to tell a retry from different feedback under a reused key. */
    private String requestHash;

    private @Nullable String ticketNumber;

    /** The user's id in the app: whose ticket it is when the app asks for its user's tickets. */
    private @Nullable String userId;

    private Instant createdAt;

    protected FeedbackSubmission() {}

    FeedbackSubmission(
            long tenantId,
            long appId,
            @Nullable String userId,
            @Nullable String idempotencyKey,
            String requestHash,
            Instant now) {
        this.tenantId = tenantId;
        this.appId = appId;
        this.userId = userId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = now;
    }

    void ticketOpened(String number) {
        this.ticketNumber = number;
    }

    String requestHash() {
        return requestHash;
    }

    @Nullable
    String ticketNumber() {
        return ticketNumber;
    }
}
