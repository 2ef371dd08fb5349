package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.custom.TicketFieldValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenant's own fields on the ticket page: their values, and a form to fill them in with a message per field. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class FieldsPanelController {

    static final String PREFIX = "fields.";

    private final TicketFieldValues values;
    private final FieldMessages fieldMessages;

    FieldsPanelController(TicketFieldValues values, FieldMessages fieldMessages) {
        this.values = values;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/tickets/{number}/fields-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/fields")
    String set(
            @PathVariable String number, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
        Map<String, List<String>> typed = typed(form);
        try {
            values.set(number, typed, actor);
            model.addAttribute("saved", true);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", fieldMessages.refusal(refused));
            model.addAttribute("errors", fieldMessages.of(refused.problems()));
            model.addAttribute("typed", typed);
        }
        return fill(number, actor, model);
    }

    /** The form's {@code fields.<key>} entries, each with the values given for it. */
    static Map<String, List<String>> typed(MultiValueMap<String, String> form) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        form.forEach((name, given) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                typed.put(name.substring(PREFIX.length()), given);
            }
        });
        return typed;
    }

    private String fill(String number, Actor actor, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("values", values.of(number, actor));
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "ticket/fields :: panel";
    }
}
