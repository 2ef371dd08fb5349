package io.loopdesk.reporting.monthly;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.AttachmentSource;
import io.loopdesk.notification.OutgoingAttachment;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Tenants;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
        return PREFIX + month + ":" + locale.toLanguageTag();
    }

    static String filename(YearMonth month) {
        return "loopdesk-feedback-report-" + month + ".pdf";
    }

    @Override
    public Optional<OutgoingAttachment> open(long tenantId, String reference) {
        if (!reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        YearMonth month;
        try {
            month = YearMonth.parse(parts[0]);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(parts[1]);
        return tenants.byId(tenantId)
                .map(tenant -> TenantScope.inTenant(
                        tenantId,
                        () -> new OutgoingAttachment(
                                filename(month),
                                "application/pdf",
                                report.pdf(tenant, month, Actor.system(tenantId), locale))));
    }
}
