package io.loopdesk.identity;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the current tenant scope: the identity module's API. A tenant admin sees and manages only their
 * tenant's users; that follows from {@link TenantScope}, not from each method remembering it.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

    private static final Set<String> SUPPORTED_LANGUAGES = Set.of("zh", "en");

    /** The node signal of a user whose password, roles or enabled flag changed: {@code "<id>:<username>"}. */
    static final String CREDENTIALS_CHANGED = "user-credentials";

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final ClusterSignals signals;
    private final IdentityProperties properties;
    private final Clock clock;

    UserAccounts(
            UserAccountRepository repository,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            ClusterSignals signals,
            IdentityProperties properties,
            Clock clock) {
        this.signals = signals;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates a user in {@code tenantId}.
     *
     * @throws InvalidUserException if a field breaks a rule or the password is too short
     * @throws UsernameTakenException if the username is anyone's, in any tenant
     */
    @Transactional
    public UserView create(long tenantId, NewUser user, String password) {
        checkPassword(password);
        // usernames are unique across tenants: the check reads past the caller's tenant, which the session is bound to
        if (repository.existsByUsernameInAnyTenant(user.username())) {
            throw new UsernameTakenException(user.username());
        }
        try {
            UserView created = repository
                    .saveAndFlush(new UserAccount(tenantId, user, passwordEncoder.encode(password), clock.instant()))
                    .view();
            events.publishEvent(
                    new Audited(tenantId, "user.created", created.username(), null, AuditedUser.of(created)));
            return created;
        } catch (DataIntegrityViolationException sameNameAtTheSameMoment) {
            throw new UsernameTakenException(user.username());
        }
    }

    public Optional<UserView> byId(long id) {
        return repository.findById(id).map(UserAccount::view);
    }

    public Optional<UserView> byUsername(String username) {
        return repository.findByUsername(username).map(UserAccount::view);
    }

    /** Display names of the given users that the current scope can see, for lists and timelines. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByIdIn(Set.copyOf(ids)).stream()
                .map(UserAccount::view)
                .collect(Collectors.toMap(UserView::id, UserView::displayName));
    }

    public Map<Long, UserView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByIdIn(Set.copyOf(ids)).stream()
                .map(UserAccount::view)
                .collect(Collectors.toMap(UserView::id, Function.identity()));
    }

    /**
     * The customer of {@code tenantId} with this e-mail address, created if there is none yet: someone who writes to
     * a support mailbox becomes a customer. A created customer cannot sign in until a password is set for them.
     */
    @Transactional
    public UserView customerByEmail(long tenantId, String email, String displayName) {
        String address = email.strip().toLowerCase(java.util.Locale.ROOT);
        return TenantScope.inTenant(
                tenantId,
                () -> repository.findByTenantIdAndEmailIgnoreCase(tenantId, address).stream()
                        .filter(u -> u.roles().contains(Role.CUSTOMER))
                        .findFirst()
                        .map(UserAccount::view)
                        .orElseGet(() -> {
                            String username = ("t" + tenantId + "." + address).replaceAll("[^A-Za-z0-9._@-]", "_");
                            NewUser user = NewUser.customer(
                                    username.length() > 100 ? username.substring(0, 100) : username,
                                    displayName.isBlank() ? address : UserFields.cleanName(displayName),
                                    address,
                                    null,
                                    CustomerLevel.STANDARD);
                            return repository
                                    .save(new UserAccount(tenantId, user, UserAccount.NO_PASSWORD, clock.instant()))
                                    .view();
                        }));
    }

    /** Every user the current scope can see, ordered by username. */
    public List<UserView> all() {
        return repository.findAllByOrderByUsername().stream()
                .map(UserAccount::view)
                .toList();
    }

    /**
     * The enabled users of {@code tenantId} who hold any of {@code roles}, by username. A query rather than a filter
     * over {@link #all()}, because a tenant's customers may number in the hundreds of thousands.
     */
    public List<UserView> withAnyRole(long tenantId, Set<Role> roles) {
        return repository.findEnabledWithAnyRole(tenantId, roles).stream()
                .map(UserAccount::view)
                .toList();
    }

    /**
     * The enabled platform operators, whichever tenant they belong to (the scope must see every tenant, e.g.
     * {@link io.loopdesk.shared.TenantScope#asSystem}).
     */
    public List<UserView> platformOperators() {
        return repository.findEnabledWithRole(Role.PLATFORM_OPERATOR).stream()
                .map(UserAccount::view)
                .toList();
    }

    /** The enabled people of {@code tenantId} who work tickets ({@link Role#HANDLERS}). */
    public List<UserView> staff(long tenantId) {
        return withAnyRole(tenantId, Role.HANDLERS);
    }

    @Transactional
    public UserView changeRoles(long userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidUserException("roles", "identity.roles.required", "A user needs at least one role.");
        }
        UserAccount account = ownAccount(userId);
        Set<Role> before = Set.copyOf(account.roles());
        account.changeRoles(roles);
        credentialsChanged(account);
        audit(account, "user.roles.changed", before, Set.copyOf(roles));
        return account.view();
    }

    @Transactional
    public UserView changeProfile(
            long userId, String displayName, @Nullable String email, @Nullable String phone, CustomerLevel level) {
        UserFields.displayName(displayName);
        UserFields.email(email);
        UserFields.phone(phone);
        UserAccount account = ownAccount(userId);
        AuditedUser before = AuditedUser.of(account.view());
        account.changeProfile(displayName, email, phone, level);
        audit(account, "user.profile.changed", before, AuditedUser.of(account.view()));
        return account.view();
    }

    @Transactional
    public void changePassword(long userId, String password) {
        checkPassword(password);
        UserAccount account = ownAccount(userId);
        account.changePassword(passwordEncoder.encode(password), clock.instant());
        credentialsChanged(account);
        audit(account, "user.password.changed", null, null);
    }

    @Transactional
    public UserView enable(long userId, boolean enabled) {
        UserAccount account = ownAccount(userId);
        boolean before = account.view().enabled();
        account.enable(enabled);
        credentialsChanged(account);
        if (before != enabled) {
            audit(account, "user.enabled.changed", before, enabled);
        }
        return account.view();
    }

    /**
     * Sets the language the user reads notices in (in the app, by e-mail and by text message); {@code null} for
     * the tenant's. Only Chinese and English are spoken: any other language is refused.
     */
    @Transactional
    public UserView preferLanguage(long userId, @Nullable Locale locale) {
        if (locale != null && !SUPPORTED_LANGUAGES.contains(locale.getLanguage())) {
            throw new InvalidUserException(
                    "language", "identity.language.unsupported", "Loopdesk speaks Chinese (zh-CN) and English (en).");
        }
        UserAccount account = existing(userId);
        account.preferLanguage(
                locale == null ? null : locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        return account.view();
    }

    /**
     * An account its tenant manages itself: a delegated one follows its grant, so its password, roles, name and
     * enabled flag are not the tenant's to change (a password would let it sign in around the grant).
     */
    private UserAccount ownAccount(long userId) {
        UserAccount account = existing(userId);
        if (account.delegated()) {
            throw new InvalidUserException(
                    "username",
                    "identity.delegated.managed",
                    "This account belongs to a service provider's person and follows their grant; change the grant.");
        }
        return account;
    }

    private UserAccount existing(long userId) {
        return repository.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
    }

    private void checkPassword(String password) {
        if (password.length() < properties.minPasswordLength()) {
            throw new InvalidUserException(
                    "password",
                    "identity.password.short",
                    "A password needs at least " + properties.minPasswordLength() + " characters.",
                    properties.minPasswordLength());
        }
    }

    private void audit(UserAccount account, String action, @Nullable Object before, @Nullable Object after) {
        events.publishEvent(new Audited(account.tenantId(), action, account.username(), before, after));
    }

    /**
     * Every node forgets what it remembers of the user's sign-ins (verified passwords, checked tokens) once the change
     * commits: a new password, fewer roles or a disabled account count everywhere at once.
     */
    private void credentialsChanged(UserAccount account) {
        signals.signal(CREDENTIALS_CHANGED, account.id() + ":" + account.username());
    }

    /** The user id in a {@link #CREDENTIALS_CHANGED} signal. */
    static long userIdOf(String payload) {
        return Long.parseLong(payload.substring(0, payload.indexOf(':')));
    }

    /** The username in a {@link #CREDENTIALS_CHANGED} signal. */
    static String usernameOf(String payload) {
        return payload.substring(payload.indexOf(':') + 1);
    }
}
