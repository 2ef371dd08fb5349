package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.clock.SlaClocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The SLA panel the staff ticket page loads ({@code hx-get}): each target with its due time, time left or overdue,
 * paused and breached state, and the complaint signals. The ticket module knows nothing of it but the URL.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SlaPanelController {

    private final SlaClocks clocks;

    SlaPanelController(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @GetMapping("/tickets/{number}/sla")
    String panel(@PathVariable String number, Actor actor, Model model) {
        model.addAttribute("sla", clocks.of(number, actor));
        return "sla/panel :: panel";
    }
}
