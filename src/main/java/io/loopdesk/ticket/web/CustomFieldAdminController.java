package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.custom.FieldDefinition;
import io.loopdesk.ticket.custom.FieldType;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant admin's page of ticket fields: add one, change its label, options, required statuses and form place. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class CustomFieldAdminController {

    private final CustomFields fields;
    private final FieldMessages fieldMessages;

    CustomFieldAdminController(CustomFields fields, FieldMessages fieldMessages) {
        this.fields = fields;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/fields")
    String page(Actor actor, Model model) {
        return show(actor, model, Map.of());
    }

    @PostMapping("/admin/fields")
    String add(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(required = false) @Nullable FieldType type,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(required = false) @Nullable Set<TicketStatus> requiredFor,
            @RequestParam(defaultValue = "false") boolean onForm,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            fields.add(definition(key, type, label, options, requiredFor, onForm, true), actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("typed", Map.of("key", key, "label", label, "options", options));
            return show(actor, model, fieldMessages.of(refused.problems()));
        }
        redirect.addFlashAttribute("notice", "fields.admin.added");
        return "redirect:/admin/fields";
    }

    @PostMapping("/admin/fields/{key}")
    String change(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String options,
            @RequestParam(required = false) @Nullable Set<TicketStatus> requiredFor,
            @RequestParam(defaultValue = "false") boolean onForm,
            @RequestParam(defaultValue = "false") boolean active,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            fields.change(key, definition(key, null, label, options, requiredFor, onForm, active), actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", key + ": " + fieldMessages.refusal(refused));
            return show(actor, model, Map.of());
        }
        redirect.addFlashAttribute("notice", "fields.admin.saved");
        return "redirect:/admin/fields";
    }

    private static FieldDefinition definition(
            String key,
            @Nullable FieldType type,
            String label,
            String options,
            @Nullable Set<TicketStatus> requiredFor,
            boolean onForm,
            boolean active) {
        return new FieldDefinition(
                key,
                type,
                label,
                List.of(options.split("\\R")),
                requiredFor == null ? Set.of() : requiredFor,
                onForm,
                active);
    }

    private String show(Actor actor, Model model, Map<String, String> errors) {
        model.addAttribute("fields", fields.all(actor));
        model.addAttribute("types", FieldType.values());
        model.addAttribute(
                "statuses",
                List.of(
                        TicketStatus.IN_PROGRESS,
                        TicketStatus.WAITING_CUSTOMER,
                        TicketStatus.AWAITING_CONFIRMATION,
                        TicketStatus.RESOLVED,
                        TicketStatus.CLOSED));
        model.addAttribute("errors", errors);
        return "admin/fields";
    }
}
