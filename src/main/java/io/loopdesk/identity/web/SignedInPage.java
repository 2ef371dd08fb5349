package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.SignedIn;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a form sign-in: tells the audit trail ({@link SignedIn}), lets the pages speak the person's preferred
 * language in a browser that has not chosen one, then goes where the person was headed.
 */
final class SignedInPage extends SavedRequestAwareAuthenticationSuccessHandler {

    /** The cookie the page language is remembered in ({@code shared.web}'s locale resolver). */
    private static final String LANGUAGE_COOKIE = "loopdesk-lang";

    private final ApplicationEventPublisher events;
    private final UserAccounts users;
    private final LocaleResolver locales;

    SignedInPage(ApplicationEventPublisher events, UserAccounts users, LocaleResolver locales) {
        this.events = events;
        this.users = users;
        this.locales = locales;
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
        if (!languageChosen(request)) {
            CurrentActor.of(authentication)
                    .map(Actor::userId)
                    .flatMap(users::byId)
                    .map(UserView::preferredLocale)
                    .ifPresent(preferred -> locales.setLocale(request, response, preferred));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** Whether this browser chose a language with the switch (the cookie it remembers the choice in). */
    private static boolean languageChosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies).anyMatch(c -> c.getName().equals(LANGUAGE_COOKIE));
    }
}
