package io.loopdesk.knowledge.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.knowledge.reply.MacroDraft;
import io.loopdesk.knowledge.reply.MacroView;
import io.loopdesk.knowledge.reply.Macros;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The macros page ({@code /knowledge/macros}) and a macro applied from the ticket page. */
@Controller
class MacroController {

    private final Macros macros;
    private final ReplyTemplates templates;
    private final FieldMessages fieldMessages;

    MacroController(Macros macros, ReplyTemplates templates, FieldMessages fieldMessages) {
        this.macros = macros;
        this.templates = templates;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/knowledge/macros")
    String page(@RequestParam(required = false) @Nullable Long edit, Actor actor, Model model) {
        List<MacroView> list = macros.list(actor);
        model.addAttribute("macros", list);
        model.addAttribute("templates", templates.list(actor));
        if (!model.containsAttribute("values")) {
            model.addAttribute(
                    "values",
                    list.stream()
                            .filter(m -> edit != null && m.id() == edit)
                            .findFirst()
                            .map(m -> values(
                                    m.id(),
                                    new MacroDraft(
                                            m.name(),
                                            m.templateId(),
                                            m.status(),
                                            m.progressLabel(),
                                            m.progressDetails(),
                                            m.takeTicket())))
                            .orElseGet(HashMap::new));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("labels", ProgressLabel.values());
        return "knowledge/macros";
    }

    @PostMapping("/knowledge/macros")
    String save(
            @RequestParam(required = false) @Nullable Long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable Long templateId,
            @RequestParam(required = false) @Nullable TicketStatus status,
            @RequestParam(required = false) @Nullable ProgressLabel progressLabel,
            @RequestParam(required = false) @Nullable String progressDetails,
            @RequestParam(defaultValue = "false") boolean takeTicket,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MacroDraft draft = new MacroDraft(name, templateId, status, progressLabel, progressDetails, takeTicket);
        try {
            if (id == null) {
                macros.create(draft, actor);
            } else {
                macros.update(id, draft, actor);
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
        redirect.addFlashAttribute("notice", "kb.macro.saved");
        return "redirect:/knowledge/macros";
    }

    @PostMapping("/knowledge/macros/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        macros.delete(id, actor);
        redirect.addFlashAttribute("notice", "kb.macro.deleted");
        return "redirect:/knowledge/macros";
    }

    /** A macro's fields as the form shows them. */
    private static Map<String, String> values(@Nullable Long id, MacroDraft draft) {
        Map<String, String> values = new HashMap<>();
        values.put("id", id == null ? "" : id.toString());
        values.put("name", draft.name());
        values.put(
                "templateId",
                draft.templateId() == null ? "" : draft.templateId().toString());
        values.put("status", draft.status() == null ? "" : draft.status().name());
        values.put(
                "progressLabel",
                draft.progressLabel() == null ? "" : draft.progressLabel().name());
        values.put("progressDetails", draft.progressDetails() == null ? "" : draft.progressDetails());
        values.put("takeTicket", Boolean.toString(draft.takeTicket()));
        return values;
    }

    /** Applies the macro to the ticket, all or nothing, and goes back to the ticket with what happened. */
    @PostMapping("/knowledge/macros/{id}/apply")
    String apply(@PathVariable long id, @RequestParam String ticket, Actor actor, RedirectAttributes redirect) {
        try {
            macros.apply(id, ticket, actor);
            redirect.addFlashAttribute("notice", "kb.macro.applied");
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("failure", fieldMessages.refusal(refused));
        }
        return "redirect:/tickets/" + ticket;
    }
}
