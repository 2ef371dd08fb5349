package io.loopdesk.identity;

import io.loopdesk.shared.TenantMember;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it; carries the {@link Actor} every module works with. */
final class LoopdeskPrincipal implements UserDetails, CredentialsContainer, TenantMember {

    private final Actor actor;
    private final boolean enabled;
    private String passwordHash;

    LoopdeskPrincipal(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public long tenantId() {
        return actor.tenantId();
    }

    @Override
    public boolean seesAllTenants() {
        return actor.seesAllTenants();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Role::name).toList();
    }
}
