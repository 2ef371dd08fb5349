package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.Presence;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The on/off-duty switch shown in the workspace (上班/下班). */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class DutyController {

    private final Presence presence;

    DutyController(Presence presence) {
        this.presence = presence;
    }

    @GetMapping("/routing/duty")
    String show(Actor actor, Model model) {
        model.addAttribute("agent", presence.of(actor.userId()));
        return "routing/duty :: duty";
    }

    @PostMapping("/routing/duty")
    String change(
            @RequestParam boolean onDuty,
            @RequestParam(required = false) @Nullable String note,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model) {
        AgentView agent = onDuty ? presence.goOnDuty(actor) : presence.goOffDuty(actor, note);
        if (htmx == null) {
            return "redirect:/workspace";
        }
        model.addAttribute("agent", agent);
        model.addAttribute("changed", true);
        return "routing/duty :: duty";
    }
}
