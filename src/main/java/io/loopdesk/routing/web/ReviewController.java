package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.Categories;
import io.loopdesk.routing.Classifications;
import io.loopdesk.routing.MeaningExamples;
import io.loopdesk.routing.classify.MeaningClassifier;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.PageActions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's queue of tickets the system could not place (待细化分类), and the tenant admin's classification
 * settings: keyword rules and the example sentences of the classification by meaning.
 */
@Controller
class ReviewController {

    private final PageActions actions;
    private final Classifications classifications;
    private final Categories categories;
    private final FieldMessages messages;
    private final MeaningExamples examples;

    ReviewController(
            PageActions actions,
            Classifications classifications,
            Categories categories,
            FieldMessages messages,
            MeaningExamples examples) {
        this.actions = actions;
        this.examples = examples;
        this.classifications = classifications;
        this.categories = categories;
        this.messages = messages;
    }

    @GetMapping("/review")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    String queue(Actor actor, Model model) {
        model.addAttribute("items", classifications.pending(actor));
        model.addAttribute("categories", categories.choices(actor.tenantId(), LocaleContextHolder.getLocale()));
        return "routing/review";
    }

    @PostMapping("/review/{number}")
    @PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    String decide(
            @PathVariable String number, @RequestParam String category, Actor actor, RedirectAttributes redirect) {
        // a ticket that is not the reviewer's is not found, as on the ticket's own pages
        return actions.redirect("/review", redirect, "routing.done.classified", () -> {
            classifications.decide(number, category, actor);
            return number;
        });
    }

    @GetMapping("/admin/routing/keywords")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    String keywords(Actor actor, Model model) {
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", classifications.rulesText(actor.tenantId()));
        }
        return keywordsPage(actor, model);
    }

    private String keywordsPage(Actor actor, Model model) {
        if (!model.containsAttribute("examples")) {
            model.addAttribute("examples", examples.text(actor.tenantId()));
        }
        model.addAttribute("examplesCustomised", examples.customised(actor.tenantId()));
        model.addAttribute("reviewedTickets", examples.reviewedTickets(actor.tenantId()));
        model.addAttribute("reviewedNeeded", MeaningClassifier.MIN_REVIEWED);
        return "routing/keywords";
    }

    @PostMapping("/admin/routing/examples")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    String saveExamples(
            @RequestParam(defaultValue = "") String examples, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            this.examples.change(actor.tenantId(), examples, actor);
            redirect.addFlashAttribute("notice", "examples.saved");
            return "redirect:/admin/routing/keywords#examples";
        } catch (DomainException e) {
            model.addAttribute("examplesFailure", messages.refusal(e));
            model.addAttribute("examples", examples);
            model.addAttribute("text", classifications.rulesText(actor.tenantId()));
            return keywordsPage(actor, model);
        }
    }

    @PostMapping("/admin/routing/examples/reset")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    String resetExamples(Actor actor, RedirectAttributes redirect) {
        examples.reset(actor.tenantId(), actor);
        redirect.addFlashAttribute("notice", "examples.resetDone");
        return "redirect:/admin/routing/keywords#examples";
    }

    @PostMapping("/admin/routing/keywords")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    String saveKeywords(
            @RequestParam(defaultValue = "") String text, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            classifications.changeRules(actor.tenantId(), text, actor);
            redirect.addFlashAttribute("notice", "admin.rules.saved");
            return "redirect:/admin/routing/keywords";
        } catch (DomainException e) {
            model.addAttribute("failure", messages.refusal(e));
            model.addAttribute("text", text);
            return keywordsPage(actor, model);
        }
    }

    @PostMapping("/admin/routing/retrain")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
    String retrain(Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("trained", classifications.retrain(actor.tenantId()));
        return "redirect:/admin/routing/keywords";
    }
}
