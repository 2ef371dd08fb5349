package io.loopdesk.tenant.web;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.PlaybookDraft;
import io.loopdesk.tenant.PlaybookKind;
import io.loopdesk.tenant.Playbooks;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.TenantRefusedException;
import io.loopdesk.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The playbooks part of a tenant's console page: special-process checklists added and removed by operators. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlatformPlaybooksController {

    private final Tenants tenants;
    private final Playbooks playbooks;
    private final FieldMessages fieldMessages;

    PlatformPlaybooksController(Tenants tenants, Playbooks playbooks, FieldMessages fieldMessages) {
        this.tenants = tenants;
        this.playbooks = playbooks;
        this.fieldMessages = fieldMessages;
    }

    @PostMapping("/platform/tenants/{code}/playbooks")
    String add(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "OTHER") PlaybookKind kind,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String keywords,
            @RequestParam(defaultValue = "") String steps,
            RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        PlaybookDraft draft = new PlaybookDraft(name, kind, category, keywords, steps);
        try {
            playbooks.add(tenant.id(), draft);
            redirect.addFlashAttribute("notice", "platform.playbook.added");
        } catch (TenantRefusedException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
            redirect.addFlashAttribute("playbook", draft);
        }
        return "redirect:/platform/tenants/" + code + "#h-playbooks";
    }

    @PostMapping("/platform/tenants/{code}/playbooks/{id}/remove")
    String remove(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        playbooks.remove(tenant(code).id(), id);
        redirect.addFlashAttribute("notice", "platform.playbook.removed");
        return "redirect:/platform/tenants/" + code + "#h-playbooks";
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
