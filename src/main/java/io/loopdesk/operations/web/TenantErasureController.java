package io.loopdesk.operations.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.operations.portability.ErasureRefusedException;
import io.loopdesk.operations.portability.TenantErasure;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's page for deleting a suspended tenant's data after the waiting period, or cancelling that. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class TenantErasureController {

    private final TenantErasure erasure;
    private final Tenants tenants;
    private final FieldMessages fieldMessages;

    TenantErasureController(TenantErasure erasure, Tenants tenants, FieldMessages fieldMessages) {
        this.erasure = erasure;
        this.tenants = tenants;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/platform/tenants/{code}/erasure")
    String page(@PathVariable String code, Model model) {
        TenantInfo tenant = tenant(code);
        model.addAttribute("tenant", tenant);
        model.addAttribute("erasure", erasure.of(tenant.id()).orElse(null));
        model.addAttribute("waitDays", erasure.waitingPeriod().toDays());
        return "operations/erasure";
    }

    @PostMapping("/platform/tenants/{code}/erasure")
    String schedule(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
        TenantInfo tenant = tenant(code);
        try {
            erasure.schedule(tenant.id(), actor);
            redirect.addFlashAttribute("notice", "erasure.scheduled.notice");
        } catch (ErasureRefusedException refused) {
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/platform/tenants/" + code + "/erasure";
    }

    @PostMapping("/platform/tenants/{code}/erasure/cancel")
    String cancel(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
        erasure.cancel(tenant(code).id(), actor);
        redirect.addFlashAttribute("notice", "erasure.cancelled.notice");
        return "redirect:/platform/tenants/" + code + "/erasure";
    }

    private TenantInfo tenant(String code) {
        return tenants.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
