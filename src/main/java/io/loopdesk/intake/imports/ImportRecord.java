package io.loopdesk.intake.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An imported record and the ticket it became, with the source details the ticket has no field for. The
 * fingerprint is unique per tenant: importing the same record again finds it and creates nothing.
 */
@Entity
class ImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_record_seq")
    @SequenceGenerator(name = "import_record_seq", sequenceName = "import_record_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String fingerprint;

    @Enumerated(EnumType.STRING)
    private ImportSource source;

    private @Nullable String originalId;

    private Instant originalAt;

    private @Nullable String author;

    private @Nullable String authorLink;

    private @Nullable String ticketNumber;

    private @Nullable Long importedBy;

    private Instant importedAt;

    protected ImportRecord() {}

    ImportRecord(long tenantId, ImportedRecord record, @Nullable Long importedBy, Instant now) {
        this.tenantId = tenantId;
        this.fingerprint = record.fingerprint();
        this.source = record.source();
        this.originalId = record.originalId();
        this.originalAt = record.originalAt();
        this.author = clip(record.author(), 200);
        this.authorLink = clip(record.authorLink(), 1000);
        this.importedBy = importedBy;
        this.importedAt = now;
    }

    void ticketOpened(String number) {
        this.ticketNumber = number;
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
