package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.DelegatedAccess;
import io.loopdesk.identity.DelegatedAuthentication;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in actor on every page as {@code me}; for a service provider's person also the tenants they may
 * switch to ({@code delegations}) and the one they are in ({@code actingIn}), for the switch in the page header.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModel {

    private final ObjectProvider<DelegatedAccess> access;

    CurrentUserModel(ObjectProvider<DelegatedAccess> access) {
        this.access = access;
    }

    @ModelAttribute("me")
    @Nullable
    Actor me() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute
    void delegations(Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean delegated = current instanceof DelegatedAuthentication;
        Optional<Actor> person = DelegatedAccess.providerSignIn(current).flatMap(CurrentActor::of);
        DelegatedAccess delegations = access.getIfAvailable();
        if (person.isEmpty() || delegations == null) {
            return;
        }
        model.addAttribute("delegations", delegations.delegationsOf(person.get()));
        model.addAttribute(
                "actingIn",
                delegated ? ((DelegatedAuthentication) current).delegated().tenantId() : null);
    }
}
