package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.Dimension;
import io.loopdesk.reporting.Granularity;
import io.loopdesk.reporting.PeriodReport;
import io.loopdesk.reporting.ReportRefusedException;
import io.loopdesk.reporting.ReportRequest;
import io.loopdesk.reporting.Reports;
import io.loopdesk.reporting.monthly.ReportSubscriptions;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.TenantInfo;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The period report page ({@code /reports}): totals, a chart by period whose bars open the matching tickets, the
 * breakdown by the chosen dimension, top categories and products, and the same tables as CSV and Excel. Agents and
 * engineers land on their own scorecard.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class ReportPageController {

    private final Reports reports;
    private final ReportTenant tenants;
    private final ReportTables tables;
    private final MessageSource messages;
    private final ReportSubscriptions subscriptions;
    private final FieldMessages fieldMessages;

    ReportPageController(
            Reports reports,
            ReportTenant tenants,
            ReportTables tables,
            MessageSource messages,
            ReportSubscriptions subscriptions,
            FieldMessages fieldMessages) {
        this.reports = reports;
        this.tenants = tenants;
        this.tables = tables;
        this.messages = messages;
        this.subscriptions = subscriptions;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/reports")
    String period(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            @RequestParam(required = false) @Nullable String dimension,
            @RequestParam(required = false) @Nullable String value,
            Actor actor,
            Locale locale,
            Model model) {
        TenantInfo tenant = tenants.resolve(null, actor);
        if (!Reports.seesTenant(actor, tenant.id())) {
            return "redirect:/reports/scorecard";
        }
        String chosen = dimension == null ? Dimension.CHANNEL.param() : dimension;
        // a value narrows the report to it (one channel, one product …), as the API's and the downloads' do
        return show(tenant, from, to, by, chosen, value, actor, locale, model, "reports");
    }

    @GetMapping("/reports/scorecard")
    String scorecard(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            @RequestParam(required = false) @Nullable String agent,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String subject,
            Actor actor,
            Locale locale,
            Model model) {
        TenantInfo tenant = tenants.resolve(null, actor);
        ScorecardSubject whose;
        try {
            whose = subject == null || subject.isBlank()
                    ? ScorecardSubject.of(agent, team, actor)
                    : ScorecardSubject.ofChoice(subject.strip(), actor);
        } catch (ReportRefusedException refused) {
            whose = ScorecardSubject.of(null, null, actor);
        }
        model.addAttribute("scorecards", reports.scorecards(tenant.id(), actor));
        model.addAttribute("subject", whose.choice());
        return show(tenant, from, to, by, whose.dimension().param(), whose.value(), actor, locale, model, "scorecard");
    }

    @GetMapping({"/reports/export.csv", "/reports/export.xlsx"})
    void export(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            @RequestParam(required = false) @Nullable String dimension,
            @RequestParam(required = false) @Nullable String value,
            @RequestParam(defaultValue = "series") String table,
            Actor actor,
            Locale locale,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        TenantInfo tenant = tenants.resolve(null, actor);
        ReportRequest asked = ReportRequest.parse(from, to, by, dimension, value, tenants.today(tenant));
        PeriodReport report = reports.period(tenant.id(), asked, actor, locale);
        String name = "loopdesk-report-" + asked.from() + "-" + asked.to();
        if (request.getRequestURI().endsWith(".csv")) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + table + ".csv\"");
            tables.csv(report, table, locale, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            tables.xlsx(report, locale, response.getOutputStream());
        }
    }

    private String show(
            TenantInfo tenant,
            @Nullable String from,
            @Nullable String to,
            @Nullable String by,
            String dimension,
            @Nullable String value,
            Actor actor,
            Locale locale,
            Model model,
            String page) {
        model.addAttribute("page", page);
        model.addAttribute("subscribed", actor.userId() != null && subscriptions.has(actor.userId()));
        model.addAttribute(
                "lastMonth",
                java.time.YearMonth.from(tenants.today(tenant)).minusMonths(1).toString());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute(
                "dimensions",
                Arrays.stream(Dimension.values())
                        .filter(d -> d != Dimension.ALL && (d != Dimension.TENANT || actor.seesAllTenants()))
                        .toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("by", by == null ? "day" : by);
        model.addAttribute("dimension", dimension);
        try {
            ReportRequest request = ReportRequest.parse(from, to, by, dimension, value, tenants.today(tenant));
            PeriodReport report = reports.period(tenant.id(), request, actor, locale);
            model.addAttribute("report", report);
            model.addAttribute("request", request);
            model.addAttribute("from", request.from().toString());
            model.addAttribute("to", request.to().toString());
            model.addAttribute("chart", ReportCharts.volumes(report, messages, locale));
            model.addAttribute("drill", ReportCharts.drillDown(request));
            model.addAttribute("rows", ReportCharts.rows(report, request));
            model.addAttribute("openRows", ReportCharts.openRows(report, request));
            model.addAttribute("allFigures", ReportMetric.lines(report.totals()));
        } catch (ReportRefusedException refused) {
            model.addAttribute(
                    "failure",
                    refused.phrase() == null
                            ? refused.getMessage()
                            : messages.getMessage(
                                    refused.phrase().key(),
                                    refused.phrase().args().toArray(),
                                    refused.getMessage(),
                                    locale));
            model.addAttribute("rows", List.of());
            model.addAttribute("openRows", List.of());
        }
        return "reporting/period";
    }
}
