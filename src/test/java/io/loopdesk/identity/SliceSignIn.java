package io.loopdesk.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** For web slices without the sign-in: the authentication Loopdesk would hold for {@code actor}. */
public final class SliceSignIn {

    private SliceSignIn() {}

    public static Authentication as(Actor actor) {
        LoopdeskPrincipal principal = new LoopdeskPrincipal(actor, "", true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
