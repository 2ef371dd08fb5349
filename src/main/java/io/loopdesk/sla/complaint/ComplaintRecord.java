package io.loopdesk.sla.complaint;

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

/** A complaint signal found on a ticket; each kind is recorded (and acted on) once per ticket. */
@Entity
@Immutable
@Table(name = "sla_complaint_signal")
public class ComplaintRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_complaint_signal_seq")
    @SequenceGenerator(
            name = "sla_complaint_signal_seq",
            sequenceName = "sla_complaint_signal_seq",
            allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    private ComplaintSignal signal;

    private String evidence;

    private Instant detectedAt;

    protected ComplaintRecord() {}

    ComplaintRecord(long tenantId, String ticketNumber, ComplaintSignal signal, String evidence, Instant detectedAt) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.signal = signal;
        this.evidence = evidence.length() > 500 ? evidence.substring(0, 500) : evidence;
        this.detectedAt = detectedAt;
    }

    public ComplaintView view() {
        return new ComplaintView(signal, evidence, detectedAt);
    }
}
