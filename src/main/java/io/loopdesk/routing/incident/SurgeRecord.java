package io.loopdesk.routing.incident;

import io.loopdesk.routing.Surge;
import io.loopdesk.routing.SurgeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A surge the radar found, with the incident it proposed or joined. It lasts while the radar keeps finding the
 * volume that high, at most a window apart ({@link #lastsAt}); the one going on is marked {@code ongoing}, which a
 * unique key allows once per category or product, so two nodes cannot both record it.
 */
@Entity
@Table(name = "routing_surge")
class SurgeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_surge_seq")
    @SequenceGenerator(name = "routing_surge_seq", sequenceName = "routing_surge_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind")
    private SurgeKind kind;

    @Column(name = "key_code")
    private String key;

    private int windowMinutes;

    private long countInWindow;

    private double baseline;

    private Instant detectedAt;

    private Instant lastSeenAt;

    private long incidentId;

    /** {@code true} while it lasts, then {@code null} (never false: the unique key allows many ended ones). */
    private @Nullable Boolean ongoing;

    @Version
    private int version;

    protected SurgeRecord() {}

    SurgeRecord(
            long tenantId,
            SurgeKind kind,
            String key,
            int windowMinutes,
            long count,
            double baseline,
            long incidentId,
            Instant now) {
        this.tenantId = tenantId;
        this.kind = kind;
        this.key = key;
        this.windowMinutes = windowMinutes;
        this.countInWindow = count;
        this.baseline = baseline;
        this.incidentId = incidentId;
        this.detectedAt = now;
        this.lastSeenAt = now;
        this.ongoing = true;
    }

    /** Whether the surge still lasts at {@code now}: the radar found it within a window before. */
    boolean lastsAt(Instant now) {
        return !lastSeenAt.plus(Duration.ofMinutes(windowMinutes)).isBefore(now);
    }

    /** The radar found the volume still that high. */
    void seen(Instant now) {
        if (now.isAfter(lastSeenAt)) {
            lastSeenAt = now;
        }
    }

    /** It is over; a surge of the same category or product later is a new one. */
    void end() {
        ongoing = null;
    }

    long tenantId() {
        return tenantId;
    }

    Surge view() {
        return new Surge(id, kind, key, windowMinutes, countInWindow, baseline, detectedAt, lastSeenAt, incidentId);
    }
}
