package io.loopdesk.quality.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.quality.QaRules;
import io.loopdesk.quality.QaSettings;
import io.loopdesk.quality.Rubrics;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.FormNumbers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tenant admin sets how tickets are drawn for inspection and what the rubric scores ({@code /admin/qa}). */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class QaAdminController {

    private final QaRules rules;
    private final Rubrics rubrics;
    private final FieldMessages fieldMessages;

    QaAdminController(QaRules rules, Rubrics rubrics, FieldMessages fieldMessages) {
        this.rules = rules;
        this.rubrics = rubrics;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/qa")
    String show(Actor actor, Model model, Locale locale) {
        return page(values(rules.of(actor.tenantId())), Map.of(), actor, model, locale);
    }

    @PostMapping("/admin/qa")
    String save(
            @RequestParam(defaultValue = "") String samplePercent,
            @RequestParam(defaultValue = "false") boolean everyComplaint,
            @RequestParam(defaultValue = "false") boolean everyLowRating,
            @RequestParam(defaultValue = "false") boolean everyReopened,
            @RequestParam(defaultValue = "false") boolean everyRefusedReply,
            @RequestParam(defaultValue = "") String appealDays,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        QaSettings settings = new QaSettings(
                FormNumbers.whole(samplePercent),
                everyComplaint,
                everyLowRating,
                everyReopened,
                everyRefusedReply,
                FormNumbers.whole(appealDays));
        try {
            rules.save(settings, actor);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(422);
            Map<String, String> values = values(settings);
            values.put("samplePercent", samplePercent);
            values.put("appealDays", appealDays);
            return page(values, fieldMessages.of(refused.problems()), actor, model, locale);
        }
        redirect.addFlashAttribute("notice", "qa.settings.saved");
        return "redirect:/admin/qa";
    }

    @PostMapping("/admin/qa/items")
    String add(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(defaultValue = "") String weight,
            @RequestParam(defaultValue = "false") boolean redLine,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return rubricChange(
                () -> rubrics.add(name, description, FormNumbers.whole(weight), redLine, actor),
                actor,
                model,
                locale,
                response,
                redirect);
    }

    @PostMapping("/admin/qa/items/{id}")
    String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") String weight,
            @RequestParam(defaultValue = "false") boolean active,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return rubricChange(
                () -> rubrics.change(id, FormNumbers.whole(weight), active, actor),
                actor,
                model,
                locale,
                response,
                redirect);
    }

    /** Saves a change of the rubric, or shows the page again naming what is wrong with it. */
    private String rubricChange(
            Runnable change,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.run();
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(422);
            return page(values(rules.of(actor.tenantId())), fieldMessages.of(refused.problems()), actor, model, locale);
        }
        redirect.addFlashAttribute("notice", "qa.item.saved");
        return "redirect:/admin/qa";
    }

    private String page(
            Map<String, String> values, Map<String, String> errors, Actor actor, Model model, Locale locale) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("items", rubrics.all(actor.tenantId()));
        return "quality/admin";
    }

    private static Map<String, String> values(QaSettings settings) {
        Map<String, String> values = new HashMap<>();
        values.put("samplePercent", String.valueOf(settings.samplePercent()));
        values.put("everyComplaint", String.valueOf(settings.everyComplaint()));
        values.put("everyLowRating", String.valueOf(settings.everyLowRating()));
        values.put("everyReopened", String.valueOf(settings.everyReopened()));
        values.put("everyRefusedReply", String.valueOf(settings.everyRefusedReply()));
        values.put("appealDays", String.valueOf(settings.appealDays()));
        return values;
    }

    /** Anything that is no whole number is out of every range, so the form names the field. */
}
