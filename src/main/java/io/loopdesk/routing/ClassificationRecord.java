package io.loopdesk.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One classification of a ticket: the system's guess, or a person's decision. People's decisions and the
 * categories of solved tickets are what the learned classifier trains on.
 */
@Entity
@Table(name = "classification")
class ClassificationRecord {

    /** Who decided. */
    enum Method {
        /** The keyword rules or the learned classifier; {@code pending} when unsure. */
        AUTO,
        /** A reviewer refined a ticket the system could not place. */
        REVIEW,
        /** An agent changed the category while working the ticket. */
        MANUAL,
        /** The ticket was solved in this category. */
        CONFIRMED,
        /**
         * The meaning of the text placed a ticket the others were unsure of ({@link MeaningReview}); a guess, so
         * never training data.
         */
        MEANING
    }

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classification_seq")
    @SequenceGenerator(name = "classification_seq", sequenceName = "classification_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    private String categoryCode;

    private @Nullable String guessedCode;

    private double confidence;

    @Enumerated(EnumType.STRING)
    private Method method;

    private String text;

    private @Nullable Long decidedBy;

    private Instant decidedAt;

    private boolean pending;

    private boolean meaningRead;

    protected ClassificationRecord() {}

    ClassificationRecord(
            long tenantId,
            String ticketNumber,
            String categoryCode,
            @Nullable String guessedCode,
            double confidence,
            Method method,
            String text,
            @Nullable Long decidedBy,
            Instant decidedAt,
            boolean pending) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.categoryCode = categoryCode;
        this.guessedCode = guessedCode;
        this.confidence = confidence;
        this.method = method;
        this.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.pending = pending;
    }

    void settle() {
        pending = false;
    }

    boolean isPending() {
        return pending;
    }

    boolean isMeaningRead() {
        return meaningRead;
    }

    /** The meaning review has read the text; its guess becomes the reviewer's best guess if it is the surer one. */
    void readByMeaning(@Nullable String guess, double guessConfidence) {
        meaningRead = true;
        if (guess != null && (guessedCode == null || guessConfidence > confidence)) {
            guessedCode = guess;
            confidence = guessConfidence;
        }
    }

    long id() {
        return id;
    }

    String categoryCode() {
        return categoryCode;
    }

    String ticketNumber() {
        return ticketNumber;
    }

    String text() {
        return text;
    }

    ReviewItem review() {
        return new ReviewItem(ticketNumber, guessedCode, confidence, decidedAt);
    }
}
