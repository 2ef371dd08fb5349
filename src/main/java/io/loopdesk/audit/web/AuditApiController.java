package io.loopdesk.audit.web;

import io.loopdesk.audit.AuditEntry;
import io.loopdesk.audit.AuditLog;
import io.loopdesk.audit.ChainCheck;
import io.loopdesk.identity.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API: list with filters, export as CSV, verify the chains. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
@Tag(name = "Audit", description = "The tamper-evident trail of sign-ins and administration")
class AuditApiController {

    /** A page of records, newest first; {@code next} is the {@code before} of the next page. */
    record AuditPage(List<AuditEntry> items, @Nullable Long next) {}

    private final AuditLog log;
    private final AuditCsv csv;
    private final AuditParameters parameters;

    AuditApiController(AuditLog log, AuditCsv csv, AuditParameters parameters) {
        this.log = log;
        this.csv = csv;
        this.parameters = parameters;
    }

    @GetMapping
    @Operation(
            summary = "Audit records, newest first (tenant admins: their tenant; operators: every tenant)",
            description = "Filters: tenant (operators), action (or its start, e.g. sign-in), who, from and to"
                    + " (dates of your tenant's time zone, to included; or instants); before (from next) for the next"
                    + " page; limit up to 500.")
    AuditPage list(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "100") int limit,
            Actor actor) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500.");
        }
        List<AuditEntry> entries = log.page(parameters.filter(tenant, action, who, from, to, actor), before, limit + 1);
        return entries.size() > limit
                ? new AuditPage(
                        entries.subList(0, limit), entries.get(limit - 1).id())
                : new AuditPage(entries, null);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The records the filters match, oldest first, as CSV (the export is recorded)")
    void export(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        csv.send(parameters.filter(tenant, action, who, from, to, actor), response);
    }

    @GetMapping("/verify")
    @Operation(
            summary = "Recompute the hash chains and report the first broken link",
            description = "Your tenant's trail; operators every trail, or one with tenant.")
    List<ChainCheck> verify(@RequestParam(required = false) @Nullable Long tenant, Actor actor) {
        return log.verifyTrails(tenant);
    }
}
