package io.loopdesk.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A person who signs in to Loopdesk: a customer or a member of staff. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Column(updatable = false)
    private String username;

    private String displayName;

    private @Nullable String email;

    private @Nullable String phone;

    /**
     * The stored hash of an account that has no password yet (a customer first known by the address they wrote
     * from): it has no {@code {id}} prefix, so the password encoder hands it to {@link NoPassword}, which matches
     * nothing. Hashing a random password instead would cost a deliberately slow BCrypt round per new sender.
     */
    static final String NO_PASSWORD = "!";

    private String passwordHash;

    private boolean enabled;

    @Enumerated(EnumType.STRING)
    private CustomerLevel customerLevel;

    private @Nullable String preferredLocale;

    private Instant createdAt;

    private Instant passwordChangedAt;

    /**
     * The person of another tenant this account acts for, or {@code null} for an ordinary account: a service
     * provider's person gets one such account in each tenant they are granted, so everything they do there is done,
     * shown and audited as that tenant's own. It never signs in by itself.
     */
    private @Nullable Long delegateOf;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {}

    UserAccount(long tenantId, NewUser user, String passwordHash, Instant now) {
        this.tenantId = tenantId;
        this.username = user.username();
        this.displayName = user.displayName();
        this.email = user.email();
        this.phone = user.phone();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.customerLevel = user.customerLevel();
        this.preferredLocale = null;
        this.roles = EnumSet.copyOf(user.roles());
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** The account {@code personId} acts through in {@code tenantId}: no password, the grant's roles and name. */
    static UserAccount delegated(long tenantId, long personId, String username, Delegation delegation, Instant now) {
        UserAccount account = new UserAccount(
                tenantId,
                NewUser.staff(
                        username,
                        delegation.actingAs(),
                        null,
                        delegation.roles().toArray(Role[]::new)),
                NO_PASSWORD,
                now);
        account.delegateOf = personId;
        return account;
    }

    boolean delegated() {
        return delegateOf != null;
    }

    /** Brings a delegated account in line with its grant as it holds now. */
    void actAs(Delegation delegation) {
        this.displayName = delegation.actingAs();
        changeRoles(delegation.roles());
        this.enabled = true;
    }

    long id() {
        return id;
    }

    long tenantId() {
        return tenantId;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    void changeProfile(String displayName, @Nullable String email, @Nullable String phone, CustomerLevel level) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.customerLevel = level;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    /** The language notices reach this person in; {@code null} for the tenant's. */
    void preferLanguage(@Nullable Locale locale) {
        this.preferredLocale = locale == null ? null : locale.toLanguageTag();
    }

    Actor actor() {
        return new Actor(id, tenantId, username, displayName, roles);
    }

    UserView view() {
        return new UserView(
                id,
                tenantId,
                username,
                displayName,
                email,
                phone,
                Set.copyOf(roles),
                customerLevel,
                enabled,
                preferredLocale == null ? null : Locale.forLanguageTag(preferredLocale));
    }
}
