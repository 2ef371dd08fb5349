package io.loopdesk.reporting.usage;

import io.loopdesk.notification.AttachmentSource;
import io.loopdesk.notification.OutgoingAttachment;
import io.loopdesk.reporting.MonthFile;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Tenants;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The usage statement as an e-mail's file ({@code usage:statement:2026-11:zh-CN}): written when the e-mail is sent,
 * so the outbox keeps a reference, not a PDF.
 */
@Component
class UsageStatementFiles implements AttachmentSource {

    private static final String PREFIX = "usage:statement:";

    private final UsageStatements statements;
    private final Tenants tenants;

    UsageStatementFiles(UsageStatements statements, Tenants tenants) {
        this.statements = statements;
        this.tenants = tenants;
    }

    static String reference(YearMonth month, Locale locale) {
        return new MonthFile(month, locale).reference(PREFIX);
    }

    @Override
    public Optional<OutgoingAttachment> open(long tenantId, String reference) {
        return MonthFile.parse(PREFIX, reference)
                .flatMap(file -> tenants.byId(tenantId)
                        .map(tenant -> TenantScope.inTenant(tenantId, () -> {
                            UsageStatement statement = statements.of(tenant, file.month());
                            return new OutgoingAttachment(
                                    UsageStatements.filename(statement, "pdf"),
                                    "application/pdf",
                                    statements.pdf(statement, file.locale()));
                        })));
    }
}
