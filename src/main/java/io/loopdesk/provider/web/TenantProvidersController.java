package io.loopdesk.provider.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.provider.ProviderGrants;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's view of who serves their tenant from outside: every provider's person granted it, with roles
 * and dates, and the power to revoke a grant at once.
 */
@Controller
@PreAuthorize("hasRole('TENANT_ADMIN')")
class TenantProvidersController {

    private final ProviderGrants grants;
    private final FieldMessages fieldMessages;

    TenantProvidersController(ProviderGrants grants, FieldMessages fieldMessages) {
        this.grants = grants;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/providers")
    String list(Actor actor, Model model) {
        model.addAttribute("grants", grants.toTenant(actor.tenantId()));
        return "provider/tenant-providers";
    }

    @PostMapping("/admin/providers/grants/{id}/revoke")
    String revoke(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        try {
            grants.revoke(id, actor);
            redirect.addFlashAttribute("notice", "provider.grant.revoked");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/admin/providers";
    }
}
