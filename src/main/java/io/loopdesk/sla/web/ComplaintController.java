package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.PageActions;
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
    private final PageActions actions;

    ComplaintController(Complaints complaints, PageActions actions) {
        this.complaints = complaints;
        this.actions = actions;
    }

    @PostMapping("/portal/tickets/{number}/complaint")
    String complain(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes redirect) {
        return actions.redirect(
                "/portal/tickets/" + number,
                redirect,
                "sla.complaint.received",
                () -> complaints.complain(number, reason, actor));
    }
}
