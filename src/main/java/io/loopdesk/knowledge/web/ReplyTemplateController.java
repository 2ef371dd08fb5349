package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.reply.Numbering;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.knowledge.reply.ReplyWrap;
import io.loopdesk.knowledge.reply.TemplateDraft;
import io.loopdesk.knowledge.reply.TemplateText;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.value.TicketStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reply templates page ({@code /knowledge/templates}): the tenant's templates with their use counts, one form
 * to add or change a template, and the opening and closing phrases; and a template put into a reply on the ticket
 * page.
 */
@Controller
class ReplyTemplateController {

    private final ReplyTemplates templates;
    private final FieldMessages fieldMessages;

    ReplyTemplateController(ReplyTemplates templates, FieldMessages fieldMessages) {
        this.templates = templates;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/knowledge/templates")
    String page(@RequestParam(required = false) @Nullable Long edit, Actor actor, Model model) {
        var list = templates.list(actor);
        model.addAttribute("templates", list);
        if (!model.containsAttribute("values")) {
            model.addAttribute(
                    "values",
                    list.stream()
                            .filter(t -> edit != null && t.id() == edit)
                            .findFirst()
                            .map(t -> values(t.id(), t.draft()))
                            .orElseGet(() -> values(null, new TemplateDraft("", "", null, null, Numbering.ARABIC))));
        }
        if (!model.containsAttribute("wrap")) {
            model.addAttribute("wrap", templates.wrap(actor.tenantId()));
        }
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("numberings", Numbering.values());
        model.addAttribute("languages", TemplateDraft.LANGUAGES);
        model.addAttribute(
                "variables",
                TemplateText.VARIABLES.stream().sorted().map(v -> "{" + v + "}").toList());
        return "knowledge/templates";
    }

    @PostMapping("/knowledge/templates")
    String save(
            @RequestParam(required = false) @Nullable Long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable TicketStatus status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(defaultValue = "ARABIC") Numbering numbering,
            @RequestParam(required = false) @Nullable String language,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TemplateDraft draft = new TemplateDraft(name, body, status, category, numbering, language);
        try {
            if (id == null) {
                templates.create(draft, actor);
            } else {
                templates.update(id, draft, actor);
            }
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("values", values(id, draft));
            model.addAttribute("errors", fieldMessages.of(refused.problems()));
            return page(null, actor, model);
        }
        redirect.addFlashAttribute("notice", "kb.template.saved");
        return "redirect:/knowledge/templates";
    }

    @PostMapping("/knowledge/templates/standard")
    String addStandard(@RequestParam(defaultValue = "") String language, Actor actor, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("added", templates.addStandard(language, actor));
            redirect.addFlashAttribute("notice", "kb.template.standard.added");
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/knowledge/templates";
    }

    @PostMapping("/knowledge/templates/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        templates.delete(id, actor);
        redirect.addFlashAttribute("notice", "kb.template.deleted");
        return "redirect:/knowledge/templates";
    }

    @PostMapping("/knowledge/templates/wrap")
    String wrap(
            @RequestParam(required = false) @Nullable String opening,
            @RequestParam(required = false) @Nullable String closing,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReplyWrap wrap = new ReplyWrap(opening, closing);
        try {
            templates.setWrap(wrap, actor);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("wrap", wrap);
            model.addAttribute("errors", fieldMessages.of(refused.problems()));
            return page(null, actor, model);
        }
        redirect.addFlashAttribute("notice", "kb.wrap.saved");
        return "redirect:/knowledge/templates";
    }

    /** A template's fields as the form shows them. */
    private static Map<String, String> values(@Nullable Long id, TemplateDraft draft) {
        Map<String, String> values = new HashMap<>();
        values.put("id", id == null ? "" : id.toString());
        values.put("name", draft.name());
        values.put("body", draft.body());
        values.put("category", draft.category() == null ? "" : draft.category());
        values.put("numbering", draft.numbering().name());
        values.put("status", draft.status() == null ? "" : draft.status().name());
        values.put("language", draft.language() == null ? "" : draft.language());
        return values;
    }

    /** The template as a reply on the ticket, variables filled; counts a use. */
    @PostMapping(path = "/knowledge/templates/{id}/render", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String render(@PathVariable long id, @RequestParam String ticket, Actor actor) {
        return templates.render(id, ticket, actor);
    }
}
