package io.loopdesk.routing.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A major incident: one fault hitting many users, handled as one emergency with its tickets linked, and every
 * linked customer told together when it is resolved.
 */
@Entity
class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String title;

    private String description;

    private @Nullable String categoryCode;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    private @Nullable Long declaredBy;

    private Instant declaredAt;

    private @Nullable Instant resolvedAt;

    private @Nullable String resolution;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "incident_ticket", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "ticket_number")
    private Set<String> tickets = new LinkedHashSet<>();

    protected Incident() {}

    Incident(
            long tenantId,
            String title,
            String description,
            @Nullable String categoryCode,
            IncidentStatus status,
            @Nullable Long declaredBy,
            Instant now) {
        this.tenantId = tenantId;
        this.title = title;
        this.description = description;
        this.categoryCode = categoryCode;
        this.status = status;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    long id() {
        return id;
    }

    IncidentStatus status() {
        return status;
    }

    boolean link(String number) {
        return tickets.add(number);
    }

    Set<String> tickets() {
        return Set.copyOf(tickets);
    }

    void confirm(@Nullable Long by) {
        if (status == IncidentStatus.PROPOSED) {
            status = IncidentStatus.OPEN;
            declaredBy = by;
        }
    }

    void dismiss(Instant now) {
        status = IncidentStatus.DISMISSED;
        resolvedAt = now;
    }

    void resolve(String message, Instant now) {
        status = IncidentStatus.RESOLVED;
        resolution = message;
        resolvedAt = now;
    }

    IncidentView view() {
        return new IncidentView(
                id,
                tenantId,
                title,
                description,
                categoryCode,
                status,
                declaredBy,
                declaredAt,
                resolvedAt,
                resolution,
                Set.copyOf(tickets));
    }
}
