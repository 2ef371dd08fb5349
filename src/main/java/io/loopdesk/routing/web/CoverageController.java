package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.Shifts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The supervisor desk's warning: teams inside their service hours with nobody on duty. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class CoverageController {

    private final Shifts shifts;

    CoverageController(Shifts shifts) {
        this.shifts = shifts;
    }

    @GetMapping("/routing/coverage")
    String coverage(Actor actor, Model model) {
        model.addAttribute("uncovered", shifts.uncovered(actor.tenantId()));
        return "routing/coverage :: coverage";
    }
}
