package io.loopdesk.automation.web;

import io.loopdesk.automation.ActionKind;
import io.loopdesk.automation.AutomationRefusedException;
import io.loopdesk.automation.AutomationRules;
import io.loopdesk.automation.DryRun;
import io.loopdesk.automation.FiringOutcome;
import io.loopdesk.automation.Operator;
import io.loopdesk.automation.Subject;
import io.loopdesk.automation.TimeAnchor;
import io.loopdesk.automation.Trigger;
import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.FieldMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's automations: the rules in their order with how often each fired in the last week, moved up or
 * down, written on a form of condition and action rows, tried on recent tickets before saving, and the latest
 * firings.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class AutomationAdminController {

    /** The firings the list page shows. */
    static final int FIRINGS_SHOWN = 50;

    private final AutomationRules rules;
    private final DryRun dryRun;
    private final RuleChoices choices;
    private final FieldMessages fieldMessages;
    private final Clock clock;

    AutomationAdminController(
            AutomationRules rules, DryRun dryRun, RuleChoices choices, FieldMessages fieldMessages, Clock clock) {
        this.rules = rules;
        this.dryRun = dryRun;
        this.choices = choices;
        this.fieldMessages = fieldMessages;
        this.clock = clock;
    }

    @GetMapping("/admin/automations")
    String list(Actor actor, Model model) {
        model.addAttribute("rules", rules.list(actor));
        model.addAttribute("counts", rules.firingCounts(clock.instant().minus(Duration.ofDays(7)), actor));
        model.addAttribute("firings", rules.firings(null, FIRINGS_SHOWN, actor));
        model.addAttribute("outcomes", FiringOutcome.values());
        return "automation/list";
    }

    @GetMapping("/admin/automations/new")
    String blank(Actor actor, Model model) {
        return form(null, RuleForm.blank(), Map.of(), null, actor, model);
    }

    @GetMapping("/admin/automations/{id}")
    String edit(@PathVariable long id, Actor actor, Model model) {
        return form(id, RuleForm.of(rules.get(id, actor)), Map.of(), null, actor, model);
    }

    @PostMapping("/admin/automations")
    String create(
            @RequestParam MultiValueMap<String, String> posted, Actor actor, Model model, RedirectAttributes redirect) {
        RuleForm form = RuleForm.posted(posted);
        try {
            rules.create(form.draft(), actor);
        } catch (AutomationRefusedException refused) {
            return form(null, form.withSpareRows(), fieldMessages.of(refused.problems()), null, actor, model);
        }
        redirect.addFlashAttribute("notice", "automation.saved");
        return "redirect:/admin/automations";
    }

    @PostMapping("/admin/automations/{id}")
    String update(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> posted,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        RuleForm form = RuleForm.posted(posted);
        try {
            rules.update(id, form.draft(), actor);
        } catch (AutomationRefusedException refused) {
            return form(id, form.withSpareRows(), fieldMessages.of(refused.problems()), null, actor, model);
        }
        redirect.addFlashAttribute("notice", "automation.saved");
        return "redirect:/admin/automations";
    }

    /** Runs the form as written over recent tickets and shows it again with what it would have hit. */
    @PostMapping("/admin/automations/dry-run")
    String tryOut(
            @RequestParam MultiValueMap<String, String> posted,
            @RequestParam(required = false) @Nullable Long id,
            Actor actor,
            Model model) {
        RuleForm form = RuleForm.posted(posted);
        try {
            return form(id, form.withSpareRows(), Map.of(), dryRun.over(form.draft(), actor), actor, model);
        } catch (AutomationRefusedException refused) {
            return form(id, form.withSpareRows(), fieldMessages.of(refused.problems()), null, actor, model);
        }
    }

    @PostMapping("/admin/automations/{id}/move")
    String move(@PathVariable long id, @RequestParam(defaultValue = "true") boolean up, Actor actor) {
        rules.move(id, up, actor);
        return "redirect:/admin/automations";
    }

    @PostMapping("/admin/automations/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        rules.delete(id, actor);
        redirect.addFlashAttribute("notice", "automation.deleted");
        return "redirect:/admin/automations";
    }

    private String form(
            @Nullable Long id,
            RuleForm form,
            Map<String, String> errors,
            DryRun.@Nullable Result tried,
            Actor actor,
            Model model) {
        model.addAttribute("ruleId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tried", tried);
        model.addAttribute("triggers", Trigger.values());
        model.addAttribute("anchors", TimeAnchor.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("operators", Operator.values());
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("choices", choices.of(actor));
        return "automation/form";
    }
}
