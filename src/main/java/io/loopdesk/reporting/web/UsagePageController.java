package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.reporting.usage.UsageStatement;
import io.loopdesk.reporting.usage.UsageStatementMail;
import io.loopdesk.reporting.usage.UsageStatements;
import io.loopdesk.tenant.TenantInfo;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The usage statement page: a tenant admin reads their own, a platform operator any tenant's and sends it. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class UsagePageController {

    private final UsageReader reader;
    private final UsageStatements statements;
    private final UsageStatementMail mail;

    UsagePageController(UsageReader reader, UsageStatements statements, UsageStatementMail mail) {
        this.reader = reader;
        this.statements = statements;
        this.mail = mail;
    }

    @GetMapping("/usage")
    String page(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String month,
            Actor actor,
            Model model) {
        TenantInfo which = reader.tenant(tenant, actor);
        YearMonth shown = month == null || month.isBlank() ? reader.current(which) : reader.month(month, which);
        model.addAttribute("tenant", which);
        model.addAttribute("month", shown.toString());
        model.addAttribute("statement", statements.of(which, shown));
        model.addAttribute("operator", actor.has(Role.PLATFORM_OPERATOR));
        return "reporting/usage";
    }

    @GetMapping("/usage/statement.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String month,
            Actor actor,
            Locale locale) {
        UsageStatement statement = statement(tenant, month, actor);
        return UsageApiController.download(
                statements.csv(statement, locale), statement, "csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/usage/statement.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) @Nullable Long tenant,
            @RequestParam(required = false) @Nullable String month,
            Actor actor,
            Locale locale) {
        UsageStatement statement = statement(tenant, month, actor);
        return UsageApiController.download(statements.pdf(statement, locale), statement, "pdf", "application/pdf");
    }

    @PostMapping("/usage/send")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    String send(
            @RequestParam long tenant,
            @RequestParam(required = false) @Nullable String month,
            Actor actor,
            RedirectAttributes redirect) {
        TenantInfo which = reader.tenant(tenant, actor);
        YearMonth shown = reader.month(month, which);
        redirect.addFlashAttribute("sent", mail.send(which, shown));
        return "redirect:/usage?tenant=" + which.id() + "&month=" + shown;
    }

    private UsageStatement statement(@Nullable Long tenant, @Nullable String month, Actor actor) {
        TenantInfo which = reader.tenant(tenant, actor);
        return statements.of(which, reader.month(month, which));
    }
}
