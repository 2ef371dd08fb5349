package io.loopdesk.survey;

import io.loopdesk.ticket.value.Satisfaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One ticket's satisfaction rating ({@link Scores}); given once, never changed. */
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

    @Enumerated(EnumType.STRING)
    private Satisfaction overall;

    private @Nullable Integer responseSpeed;

    private @Nullable Integer expertise;

    private @Nullable Integer resolution;

    private @Nullable Integer attitude;

    private @Nullable Integer nps;

    private @Nullable String comment;

    private Instant createdAt;

    protected Rating() {}

    Rating(long tenantId, String ticketNumber, @Nullable Long customerId, Scores scores, Instant createdAt) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.customerId = customerId;
        this.overall = scores.satisfaction();
        this.responseSpeed = scores.responseSpeed();
        this.expertise = scores.expertise();
        this.resolution = scores.resolution();
        this.attitude = scores.attitude();
        this.nps = scores.nps();
        this.comment = scores.comment();
        this.createdAt = createdAt;
    }

    RatingView view() {
        return new RatingView(
                ticketNumber,
                customerId,
                new Scores(overall, responseSpeed, expertise, resolution, attitude, nps, comment),
                createdAt);
    }
}
