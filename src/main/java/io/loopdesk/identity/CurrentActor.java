package io.loopdesk.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request. */
public final class CurrentActor {

    private CurrentActor() {}

    /** The signed-in actor; fails if nobody is signed in. */
    public static Actor get() {
        return find().orElseThrow(() -> new InsufficientAuthenticationException("Nobody is signed in"));
    }

    /** Whether the current request was signed in with an API token (an integration) rather than by a person. */
    public static boolean viaApiToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
    }

    public static Optional<Actor> find() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The actor {@code authentication} signed in, if it is one of Loopdesk's own. */
    public static Optional<Actor> of(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof LoopdeskPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }
}
