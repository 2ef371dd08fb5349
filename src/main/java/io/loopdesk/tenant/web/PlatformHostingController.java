package io.loopdesk.tenant.web;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.TenantRefusedException;
import io.loopdesk.tenant.Tenants;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hosting part of a tenant's console page: what the platform hosts for the brand (channels, regions, reply
 * strategy) and the brand's authorisation for operators to work its tickets, recorded and withdrawn.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlatformHostingController {

    private final Tenants tenants;
    private final FieldMessages fieldMessages;

    PlatformHostingController(Tenants tenants, FieldMessages fieldMessages) {
        this.tenants = tenants;
        this.fieldMessages = fieldMessages;
    }

    @PostMapping("/platform/tenants/{code}/hosting")
    String host(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable List<HostedChannel> channels,
            @RequestParam(defaultValue = "") String regions,
            @RequestParam(defaultValue = "") String replyStrategy,
            RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        HostingProfile typed =
                new HostingProfile(channels == null ? Set.of() : Set.copyOf(channels), regions, replyStrategy);
        return run(code, redirect, "platform.hosting.changed", typed, () -> tenants.host(tenant.id(), typed));
    }

    @PostMapping("/platform/tenants/{code}/hosting/authorise")
    String authorise(
            @PathVariable String code, @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        redirect.addFlashAttribute("reference", reference);
        return run(
                code,
                redirect,
                "platform.hosting.authorised",
                null,
                () -> tenants.authoriseHosting(tenant.id(), reference));
    }

    @PostMapping("/platform/tenants/{code}/hosting/revoke")
    String revoke(@PathVariable String code, RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        return run(code, redirect, "platform.hosting.revoked", null, () -> tenants.revokeHosting(tenant.id()));
    }

    /** Does the change and says how it went on the tenant's page; a refused profile comes back as typed. */
    private String run(
            String code, RedirectAttributes redirect, String notice, @Nullable HostingProfile typed, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (TenantRefusedException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
            if (typed != null) {
                redirect.addFlashAttribute("hosting", typed);
            }
        }
        return "redirect:/platform/tenants/" + code + "#h-hosting";
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
