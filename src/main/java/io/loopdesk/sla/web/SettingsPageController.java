package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.SlaValidationException;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.policy.PolicyName;
import io.loopdesk.sla.policy.SlaPolicies;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant admin's SLA page ({@code /admin/sla}): policy, targets, clocks, auto-close and complaint thresholds. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class SettingsPageController {

    private final SlaPolicies policies;
    private final FieldMessages fieldMessages;

    SettingsPageController(SlaPolicies policies, FieldMessages fieldMessages) {
        this.policies = policies;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/sla")
    String show(Actor actor, Model model) {
        return page(SettingsForm.values(policies.get(actor.tenantId(), actor)), List.of(), actor, model);
    }

    @PostMapping("/admin/sla")
    String save(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
        SettingsForm.Parsed parsed = SettingsForm.parse(form);
        if (parsed.settings() == null) {
            return page(form, parsed.problems(), actor, model);
        }
        try {
            policies.save(actor.tenantId(), parsed.settings(), actor);
        } catch (SlaValidationException e) {
            return page(form, e.problems(), actor, model);
        }
        redirect.addFlashAttribute("notice", "sla.settings.saved");
        return "redirect:/admin/sla";
    }

    @PostMapping("/admin/sla/reset")
    String reset(Actor actor, RedirectAttributes redirect) {
        policies.reset(actor.tenantId(), actor);
        redirect.addFlashAttribute("notice", "sla.settings.resetDone");
        return "redirect:/admin/sla";
    }

    private String page(Map<String, String> values, List<FieldProblem> problems, Actor actor, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", fieldMessages.of(problems));
        model.addAttribute("policies", PolicyName.values());
        model.addAttribute("targets", SlaTarget.values());
        model.addAttribute("bases", TimeBasis.values());
        model.addAttribute("saved", policies.isSaved(actor.tenantId()));
        return "sla/settings";
    }
}
