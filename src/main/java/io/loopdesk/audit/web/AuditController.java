package io.loopdesk.audit.web;

import io.loopdesk.audit.AuditEntry;
import io.loopdesk.audit.AuditFilter;
import io.loopdesk.audit.AuditLog;
import io.loopdesk.audit.ChainCheck;
import io.loopdesk.identity.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page of tenant admins (their tenant) and operators (every tenant): filter, page, export, verify. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class AuditController {

    static final List<String> ACTIONS = List.of(
            "sign-in",
            "user",
            "api-token",
            "app",
            "mailbox",
            "sla",
            "routing",
            "form-rules",
            "attachment-limits",
            "tenant",
            "secret",
            "audit",
            "backup");
    private static final int PAGE = 50;

    private final AuditLog log;
    private final AuditCsv csv;
    private final AuditParameters parameters;

    AuditController(AuditLog log, AuditCsv csv, AuditParameters parameters) {
        this.log = log;
        this.csv = csv;
        this.parameters = parameters;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Long before,
            Actor actor,
            Model model) {
        AuditFilter filter = parameters.filter(tenant, action, who, from, to, actor);
        List<AuditEntry> entries = log.page(filter, before, PAGE + 1);
        model.addAttribute("entries", entries.size() > PAGE ? entries.subList(0, PAGE) : entries);
        model.addAttribute(
                "older", entries.size() > PAGE ? entries.get(PAGE - 1).id() : null);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("trails", log.trails());
        return "audit/list";
    }

    @PostMapping("/admin/audit/verify")
    String verify(@RequestParam(required = false) @Nullable Long tenant, Actor actor, Model model) {
        List<ChainCheck> checks = log.verifyTrails(tenant);
        model.addAttribute("checks", checks);
        return "audit/verify";
    }

    @GetMapping("/admin/audit/export")
    void export(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = parameters.filter(tenant, action, who, from, to, actor);
        csv.send(filter, response);
    }
}
