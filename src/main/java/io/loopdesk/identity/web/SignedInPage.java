package io.loopdesk.identity.web;

import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.SignedIn;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After a form sign-in: tells the audit trail ({@link SignedIn}), then goes where the person was headed. */
final class SignedInPage extends SavedRequestAwareAuthenticationSuccessHandler {

    private final ApplicationEventPublisher events;

    SignedInPage(ApplicationEventPublisher events) {
        this.events = events;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        CurrentActor.of(authentication)
                .filter(actor -> actor.userId() != null)
                .ifPresent(actor -> events.publishEvent(
                        new SignedIn(actor.tenantId(), actor.userId(), actor.username(), request.getRemoteAddr())));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
