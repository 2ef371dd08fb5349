package io.loopdesk.sla.complaint;

import io.loopdesk.shared.Phrase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

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

    /** The evidence in the tenant's language when it was found; what rows without a phrase show. */
    private String evidence;

    /**
     * The evidence as a phrase, shown in each reader's language; {@code null} on rows from before phrases and for a
     * phrase longer than the column (a long complaint reason).
     */
    private @Nullable String evidencePhrase;

    private Instant detectedAt;

    protected ComplaintRecord() {}

    ComplaintRecord(
            long tenantId,
            String ticketNumber,
            ComplaintSignal signal,
            Phrase evidence,
            String rendered,
            Instant detectedAt) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.signal = signal;
        this.evidence = rendered.length() > 500 ? rendered.substring(0, 500) : rendered;
        String json = evidence.toJson();
        this.evidencePhrase = json.length() > 2000 ? null : json;
        this.detectedAt = detectedAt;
    }

    /** The signal with its evidence in the reader's language. */
    public ComplaintView view(MessageSource messages, Locale reader) {
        return new ComplaintView(
                signal,
                evidencePhrase == null
                        ? evidence
                        : Phrase.fromJson(evidencePhrase).render(messages, reader),
                detectedAt);
    }
}
