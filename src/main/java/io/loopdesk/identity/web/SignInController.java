package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.DelegatedAccess;
import io.loopdesk.identity.Role;
import java.util.Optional;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page, the start page each role lands on, and the access-denied page. */
@Controller
class SignInController {

    private final ApplicationAvailability availability;

    SignInController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    /**
     * The sign-in page; while Loopdesk is still starting (it serves pages before its start-up work, such as seeding
     * the demo data, is done) the page says so, rather than sign-ins failing for accounts not there yet.
     */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("starting", availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
        return CurrentActor.find().isPresent() ? "redirect:/" : "identity/login";
    }

    @GetMapping("/")
    String home() {
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isEmpty()) {
            return "redirect:/login";
        }
        if (actor.get().isCustomer()) {
            return "redirect:/portal";
        }
        if (DelegatedAccess.isProviderPerson(actor.get())) {
            // a provider's person, not yet in any tenant: they choose one first
            return "redirect:/act-for";
        }
        if (actor.get().has(Role.TENANT_ADMIN) && !actor.get().hasAny(Role.HANDLERS_WITHOUT_ADMIN)) {
            return "redirect:/admin/users";
        }
        if (actor.get().has(Role.KB_EDITOR)
                && !actor.get().hasAny(Role.HANDLERS)
                && !actor.get().has(Role.QA)) {
            // a knowledge editor who works no tickets starts where their work is
            return "redirect:/knowledge";
        }
        return "redirect:/workspace";
    }

    /** Any method: a refused form post is forwarded here as a POST. Visited directly it is still a refusal. */
    @RequestMapping("/access-denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }
}
