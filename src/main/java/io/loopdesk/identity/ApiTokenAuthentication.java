package io.loopdesk.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in by an API token rather than by a person's password. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final LoopdeskPrincipal principal;

    ApiTokenAuthentication(LoopdeskPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public LoopdeskPrincipal getPrincipal() {
        return principal;
    }
}
