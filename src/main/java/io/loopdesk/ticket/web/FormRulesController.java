package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.form.TicketFormRules;
import io.loopdesk.ticket.value.ContactPoint;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant admin sets the registration rules: required fields, minimum description, accepted contacts. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class FormRulesController {

    private final Tickets tickets;

    FormRulesController(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/admin/rules")
    String show(Actor actor, Model model) {
        model.addAttribute("rules", tickets.formRules(actor.tenantId()));
        model.addAttribute("fields", TicketField.values());
        model.addAttribute("contactKinds", ContactPoint.Kind.values());
        return "admin/rules";
    }

    @PostMapping("/admin/rules")
    String change(
            @RequestParam(defaultValue = "-1") int minDescriptionLength,
            @RequestParam(required = false) @Nullable Set<TicketField> requiredFields,
            @RequestParam(required = false) @Nullable Set<ContactPoint.Kind> contactKinds,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            tickets.changeFormRules(
                    actor.tenantId(),
                    new TicketFormRules(
                            minDescriptionLength,
                            requiredFields == null ? Set.of() : requiredFields,
                            contactKinds == null ? Set.of() : contactKinds),
                    actor);
            redirect.addFlashAttribute("notice", "admin.rules.saved");
            return "redirect:/admin/rules";
        } catch (IllegalArgumentException e) {
            model.addAttribute("failure", e.getMessage());
            return show(actor, model);
        }
    }
}
