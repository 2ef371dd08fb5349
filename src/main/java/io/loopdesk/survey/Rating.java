package io.loopdesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One ticket's satisfaction rating; given once, never changed. */
@Entity
@Immutable
class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Column(updatable = false)
    private String ticketNumber;

    private @Nullable Long customerId;

    private int responseSpeed;

    private int expertise;

    private int resolution;

    private int attitude;

    private @Nullable String comment;

    private Instant createdAt;

    protected Rating() {}

    Rating(long tenantId, String ticketNumber, @Nullable Long customerId, Scores scores, Instant createdAt) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.customerId = customerId;
        this.responseSpeed = scores.responseSpeed();
        this.expertise = scores.expertise();
        this.resolution = scores.resolution();
        this.attitude = scores.attitude();
        this.comment = scores.comment() == null || scores.comment().isBlank()
                ? null
                : scores.comment().strip();
        this.createdAt = createdAt;
    }

    RatingView view() {
        return new RatingView(
                ticketNumber,
                customerId,
                new Scores(responseSpeed, expertise, resolution, attitude, comment),
                createdAt);
    }
}
