package io.loopdesk.identity;

import io.loopdesk.shared.TenantScope;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the account behind a username; runs before anyone is signed in, so it looks across all tenants. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository repository;

    AccountDetailsService(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return TenantScope.asSystem(() -> repository
                .findByUsername(username)
                .map(account -> new LoopdeskPrincipal(
                        account.actor(), account.passwordHash(), account.enabled() && !account.delegated()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user")));
    }
}
