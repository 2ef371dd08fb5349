package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.sla.complaint.Complaints;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "complain" button on the customer's ticket page (a small form the portal page carries). */
@Controller
@PreAuthorize("hasRole('CUSTOMER')")
class ComplaintController {

    private final Complaints complaints;
    private final FieldMessages messages;

    ComplaintController(Complaints complaints, FieldMessages messages) {
        this.complaints = complaints;
        this.messages = messages;
    }

    @PostMapping("/portal/tickets/{number}/complaint")
    String complain(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            complaints.complain(number, reason, actor);
            redirect.addFlashAttribute("notice", "sla.complaint.received");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("failure", messages.refusal(e));
        }
        return "redirect:/portal/tickets/" + number;
    }
}
