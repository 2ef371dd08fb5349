package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.DelegatedAccess;
import io.loopdesk.identity.DelegatedAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a service provider's person chooses the tenant to work in, enters it and leaves it. Anyone else, and any
 * tenant without a grant, gets 404.
 */
@Controller
class DelegationController {

    private final DelegatedAccess access;

    DelegationController(DelegatedAccess access) {
        this.access = access;
    }

    @GetMapping("/act-for")
    String choose(Model model) {
        Actor person = person().orElseThrow(DelegationController::notFound);
        model.addAttribute("person", person);
        model.addAttribute("delegations", access.delegationsOf(person));
        return "identity/act-for";
    }

    @PostMapping("/act-for")
    String enter(@RequestParam long tenant, HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn = signedIn().orElseThrow(DelegationController::notFound);
        DelegatedAuthentication delegated = access.enter(signedIn, tenant).orElseThrow(DelegationController::notFound);
        SessionSignIn.keep(delegated, request, response);
        return "redirect:/";
    }

    @PostMapping("/act-for/leave")
    String leave(HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn = signedIn().orElseThrow(DelegationController::notFound);
        SessionSignIn.keep(signedIn, request, response);
        return "redirect:/act-for";
    }

    /** The provider's person as signed in, whether or not they are in a tenant now. */
    private static Optional<Actor> person() {
        return signedIn().flatMap(CurrentActor::of);
    }

    private static Optional<Authentication> signedIn() {
        return DelegatedAccess.providerSignIn(SecurityContextHolder.getContext().getAuthentication());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
