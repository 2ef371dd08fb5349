package io.loopdesk.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Replaces who the page session is signed in as, for this request and the session's next ones. */
final class SessionSignIn {

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {}

    static void keep(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }
}
