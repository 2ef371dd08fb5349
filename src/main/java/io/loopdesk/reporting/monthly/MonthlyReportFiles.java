package io.loopdesk.reporting.monthly;

import io.loopdesk.identity.Actor;
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
 * The monthly report as an e-mail's file ({@code report:monthly:2026-11:zh-CN}): written when the e-mail is sent, so
 * the outbox keeps a reference, not a PDF, and a retry sends the figures as they are then.
 */
@Component
class MonthlyReportFiles implements AttachmentSource {

    private static final String PREFIX = "report:monthly:";

    private final MonthlyReport report;
    private final Tenants tenants;

    MonthlyReportFiles(MonthlyReport report, Tenants tenants) {
        this.report = report;
        this.tenants = tenants;
    }

    static String reference(YearMonth month, Locale locale) {
        return new MonthFile(month, locale).reference(PREFIX);
    }

    static String filename(YearMonth month) {
        return "loopdesk-feedback-report-" + month + ".pdf";
    }

    @Override
    public Optional<OutgoingAttachment> open(long tenantId, String reference) {
        return MonthFile.parse(PREFIX, reference)
                .flatMap(file -> tenants.byId(tenantId)
                        .map(tenant -> TenantScope.inTenant(
                                tenantId,
                                () -> new OutgoingAttachment(
                                        filename(file.month()),
                                        "application/pdf",
                                        report.pdf(tenant, file.month(), Actor.system(tenantId), file.locale())))));
    }
}
