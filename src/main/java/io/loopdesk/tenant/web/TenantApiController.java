package io.loopdesk.tenant.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.PlaybookDraft;
import io.loopdesk.tenant.PlaybookKind;
import io.loopdesk.tenant.PlaybookView;
import io.loopdesk.tenant.Playbooks;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tenants: everyone reads their own, platform operators list and register them and set what the platform hosts. */
@RestController
@RequestMapping("/api/v1/tenants")
@Tag(name = "Tenants")
class TenantApiController {

    private final Tenants tenants;
    private final Playbooks playbooks;

    TenantApiController(Tenants tenants, Playbooks playbooks) {
        this.tenants = tenants;
        this.playbooks = playbooks;
    }

    @GetMapping
    @Operation(summary = "Tenants you can see: yours, or all for platform operators")
    List<TenantInfo> list(Actor actor) {
        if (actor.seesAllTenants()) {
            return tenants.all();
        }
        return tenants.byId(actor.tenantId()).stream().toList();
    }

    /** A tenant to register. */
    record NewTenant(
            @Nullable String code,
            @Nullable String name,
            @Nullable Plan plan,
            @Nullable String timeZone,
            @Nullable String locale) {}

    @PostMapping
    @Operation(summary = "Register a tenant (platform operators)")
    ResponseEntity<TenantInfo> register(@RequestBody NewTenant request, Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR)) {
            throw new AccessDeniedException("Only platform operators register tenants.");
        }
        if (request.code() == null || request.name() == null || request.name().isBlank()) {
            throw new IllegalArgumentException("code and name are required.");
        }
        TenantInfo tenant = tenants.register(
                request.code(),
                request.name(),
                request.plan() == null ? Plan.BASIC : request.plan(),
                zone(request.timeZone(), actor),
                Locale.forLanguageTag(request.locale() == null ? "zh-CN" : request.locale()));
        return ResponseEntity.status(201).body(tenant);
    }

    @GetMapping("/{tenantId}/hosting")
    @Operation(summary = "What the platform hosts for a tenant (platform operators)")
    HostingProfile hosting(@PathVariable long tenantId, Actor actor) {
        requireOperator(actor);
        return tenants.hosting(tenantId);
    }

    /** What the platform hosts for a brand; a field left out is left as it is. */
    record HostingChange(
            @Nullable Set<HostedChannel> channels,
            @Nullable String regions,
            @Nullable String replyStrategy) {}

    @PutMapping("/{tenantId}/hosting")
    @Operation(summary = "Change what the platform hosts for a tenant (platform operators)")
    HostingProfile host(@PathVariable long tenantId, @RequestBody HostingChange change, Actor actor) {
        requireOperator(actor);
        HostingProfile current = tenants.hosting(tenantId);
        return tenants.host(
                tenantId,
                new HostingProfile(
                        change.channels() == null ? current.channels() : change.channels(),
                        change.regions() == null ? current.regions() : change.regions(),
                        change.replyStrategy() == null ? current.replyStrategy() : change.replyStrategy()));
    }

    /** What the brand's authorisation rests on. */
    record Authorisation(@Nullable String reference) {}

    @PutMapping("/{tenantId}/hosting/authorisation")
    @Operation(summary = "Record the brand's authorisation for operators to work its tickets (platform operators)")
    TenantInfo authorise(@PathVariable long tenantId, @RequestBody Authorisation authorisation, Actor actor) {
        requireOperator(actor);
        return tenants.authoriseHosting(tenantId, authorisation.reference() == null ? "" : authorisation.reference());
    }

    @DeleteMapping("/{tenantId}/hosting/authorisation")
    @Operation(summary = "Withdraw the hosting authorisation at once (platform operators)")
    TenantInfo revoke(@PathVariable long tenantId, Actor actor) {
        requireOperator(actor);
        return tenants.revokeHosting(tenantId);
    }

    @GetMapping("/{tenantId}/playbooks")
    @Operation(summary = "The tenant's special-process playbooks (platform operators)")
    List<PlaybookView> playbooks(@PathVariable long tenantId, Actor actor) {
        requireOperator(actor);
        tenants.hosting(tenantId); // 404 for a tenant that does not exist, rather than an empty list
        return playbooks.of(tenantId);
    }

    /** A playbook to add: keywords comma-separated, steps one per line. */
    record NewPlaybook(
            @Nullable String name,
            @Nullable PlaybookKind kind,
            @Nullable String category,
            @Nullable String keywords,
            @Nullable String steps) {}

    @PostMapping("/{tenantId}/playbooks")
    @Operation(
            summary = "Add a special-process playbook: a checklist agents see on matching tickets (platform operators)")
    ResponseEntity<PlaybookView> addPlaybook(
            @PathVariable long tenantId, @RequestBody NewPlaybook request, Actor actor) {
        requireOperator(actor);
        PlaybookView added = playbooks.add(
                tenantId,
                new PlaybookDraft(
                        request.name() == null ? "" : request.name(),
                        request.kind() == null ? PlaybookKind.OTHER : request.kind(),
                        request.category(),
                        request.keywords() == null ? "" : request.keywords(),
                        request.steps() == null ? "" : request.steps()));
        return ResponseEntity.status(201).body(added);
    }

    @DeleteMapping("/{tenantId}/playbooks/{playbookId}")
    @Operation(summary = "Remove a playbook (platform operators)")
    ResponseEntity<Void> removePlaybook(@PathVariable long tenantId, @PathVariable long playbookId, Actor actor) {
        requireOperator(actor);
        playbooks.remove(tenantId, playbookId);
        return ResponseEntity.noContent().build();
    }

    private static void requireOperator(Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR)) {
            throw new AccessDeniedException("Only platform operators set what the platform hosts.");
        }
    }

    /** The zone asked for, or the registering operator's own (the platform's). */
    private ZoneId zone(@Nullable String asked, Actor actor) {
        if (asked == null || asked.isBlank()) {
            return tenants.byId(actor.tenantId()).map(TenantInfo::timeZone).orElse(ZoneOffset.UTC);
        }
        try {
            return ZoneId.of(asked.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + asked + "'; use e.g. Europe/Berlin.");
        }
    }
}
