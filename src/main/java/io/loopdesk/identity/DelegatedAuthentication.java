package io.loopdesk.identity;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A provider's person signed in as themselves and now acting in a tenant they are granted: the request runs as their
 * delegated account there (its tenant scope, the grant's roles), while the sign-in they came with is kept to return
 * to when they leave the tenant or the grant ends.
 */
public final class DelegatedAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final LoopdeskPrincipal delegated;
    private final Authentication signedIn;

    DelegatedAuthentication(Actor delegated, Authentication signedIn) {
        super(new LoopdeskPrincipal(delegated, "", true).getAuthorities());
        this.delegated = new LoopdeskPrincipal(delegated, "", true);
        this.signedIn = signedIn;
        setAuthenticated(true);
    }

    /** The person as they signed in, before entering the tenant. */
    public Actor person() {
        return CurrentActor.of(signedIn).orElseThrow();
    }

    /** The account the person acts through in the tenant. */
    public Actor delegated() {
        return delegated.actor();
    }

    /** The sign-in to go back to. */
    public Authentication signedIn() {
        return signedIn;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return delegated;
    }

    @Override
    public String getName() {
        return delegated.getUsername();
    }
}
