package io.loopdesk.intake.imports;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.IntakeProperties;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports feedback found elsewhere: each record of a JSON Lines or CSV file becomes a ticket of its source's
 * channel, in its own transaction, so one bad record is reported (with its line and the reason) and the others
 * still import. A record imported before, by this file or an earlier one, is counted as a duplicate and skipped:
 * its fingerprint is unique per tenant in the database.
 */
@Service
public class Imports {

    private final ImportRecordRepository records;
    private final Tickets tickets;
    private final Tenants tenants;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final IntakeProperties properties;
    private final Clock clock;

    Imports(
            ImportRecordRepository records,
            Tickets tickets,
            Tenants tenants,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            IntakeProperties properties,
            Clock clock) {
        this.records = records;
        this.tickets = tickets;
        this.tenants = tenants;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Imports a file into the actor's tenant; for supervisors and tenant admins.
     *
     * @throws ImportRefusedException when the file as a whole cannot be read; then nothing is imported
     */
    public ImportReport run(ImportFormat format, InputStream body, Actor actor) {
        if (!actor.hasAny(Role.SUPERVISORS)) {
            throw new ImportForbiddenException();
        }
        long tenantId = actor.tenantId();
        ZoneId zone = tenants.byId(tenantId).map(TenantInfo::timeZone).orElse(ZoneOffset.UTC);
        try (ImportFile file = ImportFile.spool(body, properties.importMaxSize().toBytes());
                Reader reader = file.reader()) {
            RecordReader lines = switch (format) {
                case JSON_LINES -> new JsonLinesReader(reader, json, properties.importMaxRecordChars());
                case CSV -> checkedHeader(new CsvReader(reader, properties.importMaxRecordChars()));
            };
            return TenantScope.inTenant(tenantId, () -> importAll(lines, tenantId, zone, actor));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import file", e);
        }
    }

    private ImportReport importAll(RecordReader lines, long tenantId, ZoneId zone, Actor actor) {
        int created = 0;
        int duplicates = 0;
        int rejected = 0;
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        List<ImportReport.Cleaned> cleaned = new ArrayList<>();
        try {
            for (SourceLine line = lines.next(); line != null; line = lines.next()) {
                Optional<String> problem;
                try {
                    problem = Optional.ofNullable(line.problem());
                    if (problem.isEmpty()) {
                        ImportedRecord record = ImportedRecord.from(line.fields(), zone);
                        if (store(record, tenantId, actor)) {
                            created++;
                            if (line.removedCharacters() > 0 && cleaned.size() < properties.importRejectedListed()) {
                                cleaned.add(new ImportReport.Cleaned(line.line(), line.removedCharacters()));
                            }
                        } else {
                            duplicates++;
                        }
                    }
                } catch (RecordRejectedException | DomainException e) {
                    problem = Optional.of(e.getMessage());
                }
                if (problem.isPresent()) {
                    rejected++;
                    if (rejections.size() < properties.importRejectedListed()) {
                        rejections.add(new ImportReport.Rejection(line.line(), problem.get()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import file", e);
        }
        return new ImportReport(created, duplicates, rejected, rejections, rejections.size() == rejected, cleaned);
    }

    /** @return {@code true} if the record became a ticket, {@code false} if it had been imported before */
    private boolean store(ImportedRecord record, long tenantId, Actor actor) {
        String fingerprint = record.fingerprint();
        if (Boolean.TRUE.equals(transactions.execute(status -> records.existsByFingerprint(fingerprint)))) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> {
                ImportRecord row =
                        records.saveAndFlush(new ImportRecord(tenantId, record, actor.userId(), clock.instant()));
                TicketView ticket = tickets.open(tenantId, record.source().channel(), record.ticket(), actor);
                row.ticketOpened(ticket.number());
            });
            return true;
        } catch (DataIntegrityViolationException importedMeanwhile) {
            // another import of the same record committed first
            return false;
        }
    }

    private static CsvReader checkedHeader(CsvReader csv) throws IOException {
        List<String> header = csv.header();
        List<ImportField> seen = new ArrayList<>();
        for (String column : header) {
            ImportField field = ImportField.named(column)
                    .orElseThrow(() -> new ImportRefusedException(
                            "import.column.unknown",
                            "Unknown column '" + column + "' in the header row; known: " + ImportField.known() + ".",
                            false,
                            column,
                            String.valueOf(ImportField.known())));
            if (seen.contains(field)) {
                throw new ImportRefusedException(
                        "import.column.twice",
                        "The column " + field.apiName() + " appears twice in the header.",
                        false,
                        field.apiName());
            }
            seen.add(field);
        }
        for (ImportField required : List.of(ImportField.SOURCE, ImportField.CONTENT, ImportField.TIME)) {
            if (!seen.contains(required)) {
                throw new ImportRefusedException(
                        "import.column.missing",
                        "The header row has no column " + required.apiName() + "; a CSV import needs source, "
                                + "content and time.",
                        false,
                        required.apiName());
            }
        }
        return csv;
    }
}
