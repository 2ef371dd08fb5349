package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.ReportRefusedException;
import io.loopdesk.reporting.Reports;
import io.loopdesk.reporting.monthly.MonthlyReport;
import io.loopdesk.reporting.monthly.ReportSubscriptions;
import io.loopdesk.tenant.TenantInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly report as a PDF download, and the subscription to receive it by e-mail. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class MonthlyReportController {

    private final MonthlyReport report;
    private final ReportSubscriptions subscriptions;
    private final ReportTenant tenants;

    MonthlyReportController(MonthlyReport report, ReportSubscriptions subscriptions, ReportTenant tenants) {
        this.report = report;
        this.subscriptions = subscriptions;
        this.tenants = tenants;
    }

    @GetMapping("/reports/monthly.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String month, Actor actor, Locale locale) {
        TenantInfo tenant = tenants.resolve(null, actor);
        YearMonth which = month(month, tenants.today(tenant).minusMonths(1));
        if (!Reports.seesTenant(actor, tenant.id())) {
            throw ReportRefusedException.forbidden("error.report.forbidden", "You may see your own scorecard only.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("loopdesk-feedback-report-" + which + ".pdf")
                                .build()
                                .toString())
                .body(report.pdf(tenant, which, actor, locale));
    }

    @PostMapping("/reports/subscription")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN')")
    String subscribe(@RequestParam(defaultValue = "true") boolean subscribe, Actor actor) {
        if (actor.userId() != null) {
            if (subscribe) {
                subscriptions.subscribe(actor.tenantId(), actor.userId());
            } else {
                subscriptions.unsubscribe(actor.userId());
            }
        }
        return "redirect:/reports";
    }

    private static YearMonth month(@Nullable String text, java.time.LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(otherwise);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ReportRefusedException.invalid(
                    "month", "report.month.format", "The month must look like 2026-11.", text.strip());
        }
    }
}
