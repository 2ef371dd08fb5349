package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.PeriodReport;
import io.loopdesk.reporting.ReportRequest;
import io.loopdesk.reporting.Reports;
import io.loopdesk.tenant.TenantInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report figures as JSON, for BI tools: the same numbers the pages show. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Volumes, times, SLA attainment, satisfaction; by period and breakdown")
class ReportApiController {

    private final Reports reports;
    private final ReportTenant tenants;

    ReportApiController(Reports reports, ReportTenant tenants) {
        this.reports = reports;
        this.tenants = tenants;
    }

    @GetMapping("/period")
    @Operation(
            summary = "A period's figures: totals, a series by period, a breakdown, top categories and products, and"
                    + " the tickets open now under the same breakdown",
            description = "Supervisors, QA and tenant admins; agents only their own scorecard (dimension=agent and"
                    + " value=their id); dimension=tenant for platform operators. Days are in the tenant's time"
                    + " zone; a period covers at most two years. metrics keeps only the named fields of each"
                    + " figures object (e.g. received,solved,firstResponse).")
    // the answer is a PeriodReport, thinned to the asked figures when metrics is given: its schema is documented
    @ApiResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodReport.class)))
    Object period(
            @Parameter(description = "First day, e.g. 2026-11-01 (default: 29 days before to)")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "Last day, included (default: today)") @RequestParam(required = false) @Nullable
                    String to,
            @Parameter(description = "day, week, month or quarter") @RequestParam(required = false) @Nullable String by,
            @Parameter(description = "all, team, agent, category, categoryRoot, channel, urgency, product, tenant")
                    @RequestParam(required = false)
                    @Nullable
                    String dimension,
            @Parameter(
                            description = "One value of the dimension to narrow the series to (a team id, a category"
                                    + " code, …)")
                    @RequestParam(required = false)
                    @Nullable
                    String value,
            @Parameter(description = "Comma-separated figure names to keep") @RequestParam(required = false) @Nullable
                    String metrics,
            @Parameter(description = "Tenant code (platform operators)") @RequestParam(required = false) @Nullable
                    String tenant,
            Actor actor,
            Locale locale) {
        TenantInfo about = tenants.resolve(tenant, actor);
        ReportRequest request = ReportRequest.parse(from, to, by, dimension, value, tenants.today(about));
        Set<String> kept = ReportRequest.metrics(metrics);
        PeriodReport report = reports.period(about.id(), request, actor, locale);
        return kept.isEmpty() ? report : FigureSelection.keep(report, kept);
    }

    @GetMapping("/scorecard")
    @Operation(
            summary = "An agent's or a team's scorecard: their figures by period",
            description = "Without agent or team, the caller's own. Supervisors, QA and tenant admins may name any"
                    + " agent or team of their tenant.")
    PeriodReport scorecard(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String by,
            @Parameter(description = "The agent's user id") @RequestParam(required = false) @Nullable String agent,
            @Parameter(description = "The team's id") @RequestParam(required = false) @Nullable String team,
            Actor actor,
            Locale locale) {
        TenantInfo about = tenants.resolve(null, actor);
        ScorecardSubject subject = ScorecardSubject.of(agent, team, actor);
        ReportRequest request =
                ReportRequest.parse(from, to, by, subject.dimension().param(), subject.value(), tenants.today(about));
        return reports.period(about.id(), request, actor, locale);
    }
}
