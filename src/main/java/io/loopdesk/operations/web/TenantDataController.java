package io.loopdesk.operations.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.operations.portability.TenantExport;
import io.loopdesk.operations.portability.TenantImport;
import io.loopdesk.operations.portability.TenantImports;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tenant's data, all of it: its admin downloads the archive from the administration pages or the API (an operator
 * too, for a brand that authorised hosting); an operator imports an archive into this installation.
 */
@Controller
class TenantDataController {

    private final TenantExport export;
    private final TenantImports imports;
    private final Tenants tenants;
    private final Clock clock;

    TenantDataController(TenantExport export, TenantImports imports, Tenants tenants, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/admin/export")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String page() {
        return "operations/export";
    }

    @GetMapping("/admin/export/download")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    void download(Actor actor, HttpServletResponse response) throws IOException {
        stream(tenant(actor.tenantId()), response);
    }

    @GetMapping("/api/v1/tenants/{id}/export")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    @Operation(
            summary = "All of a tenant's data as one ZIP: NDJSON per table and the files (its admins; operators for a"
                    + " brand that authorised hosting)")
    void exportApi(@PathVariable long id, Actor actor, HttpServletResponse response) throws IOException {
        TenantInfo tenant = tenant(id);
        boolean own = actor.has(Role.TENANT_ADMIN) && actor.tenantId() == id;
        boolean hosting = actor.has(Role.PLATFORM_OPERATOR) && tenant.hostingAuthorised();
        if (!own && !hosting) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        stream(tenant, response);
    }

    @PostMapping(path = "/api/v1/tenants/import", consumes = "application/zip")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    @Operation(summary = "Import a tenant's archive exported by a Loopdesk into this installation (operators)")
    @ResponseBody
    ResponseEntity<TenantImport.Result> importApi(HttpServletRequest request) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.importArchive(request.getInputStream()));
    }

    private void stream(TenantInfo tenant, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"loopdesk-" + tenant.code() + "-"
                        + LocalDate.now(clock.withZone(tenant.timeZone())) + ".zip\"");
        export.write(tenant.id(), response.getOutputStream());
        response.flushBuffer();
    }

    private TenantInfo tenant(long id) {
        return tenants.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
