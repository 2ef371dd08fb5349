package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.ReportRefusedException;
import io.loopdesk.reporting.usage.UsageStatement;
import io.loopdesk.reporting.usage.UsageStatementMail;
import io.loopdesk.reporting.usage.UsageStatements;
import io.loopdesk.tenant.TenantInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A hosted tenant's billed units by month: JSON, CSV or PDF; platform operators send it to the tenant's admins. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/usage")
@Tag(name = "Usage")
class UsageApiController {

    private final UsageReader reader;
    private final UsageStatements statements;
    private final UsageStatementMail mail;

    UsageApiController(UsageReader reader, UsageStatements statements, UsageStatementMail mail) {
        this.reader = reader;
        this.statements = statements;
        this.mail = mail;
    }

    @GetMapping
    @Operation(summary = "A month's usage statement (format json, csv or pdf; month defaults to the last whole month)")
    ResponseEntity<?> statement(
            @PathVariable long tenantId,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(defaultValue = "json") String format,
            Actor actor,
            Locale locale) {
        TenantInfo tenant = reader.tenant(tenantId, actor);
        UsageStatement statement = statements.of(tenant, reader.month(month, tenant));
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(statement);
            case "csv" -> download(statements.csv(statement, locale), statement, "csv", "text/csv;charset=UTF-8");
            case "pdf" -> download(statements.pdf(statement, locale), statement, "pdf", "application/pdf");
            default ->
                throw ReportRefusedException.invalid(
                        "format", "usage.format", "The format must be json, csv or pdf.", format.strip());
        };
    }

    @PostMapping("/send")
    @Operation(summary = "Send a month's statement to the tenant's admins by e-mail (platform operators)")
    Map<String, Object> send(
            @PathVariable long tenantId, @RequestParam(required = false) @Nullable String month, Actor actor) {
        TenantInfo tenant = reader.tenant(tenantId, actor);
        UsageReader.mustOperate(actor);
        YearMonth which = reader.month(month, tenant);
        return Map.of("month", which.toString(), "recipients", mail.send(tenant, which));
    }

    static ResponseEntity<byte[]> download(byte[] body, UsageStatement statement, String extension, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(UsageStatements.filename(statement, extension))
                                .build()
                                .toString())
                .body(body);
    }
}
