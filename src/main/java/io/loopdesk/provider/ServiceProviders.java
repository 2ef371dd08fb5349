package io.loopdesk.provider;

import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service providers the platform works with and their people. A provider's people are accounts of the platform
 * operator's own tenant holding only {@link Role#PROVIDER_STAFF}: they see nothing until a grant lets them into a
 * tenant ({@link ProviderGrants}).
 */
@Service
@Transactional(readOnly = true)
public class ServiceProviders {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,60}");
    private static final String COLUMNS = "id, code, name, contact_email, created_at";

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceProviders(JdbcClient jdbc, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public List<ServiceProvider> all() {
        return jdbc.sql("select " + COLUMNS + " from service_provider order by name")
                .query(ServiceProviders::provider)
                .list();
    }

    public Optional<ServiceProvider> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from service_provider where code = ?")
                .param(code)
                .query(ServiceProviders::provider)
                .optional();
    }

    /**
     * Registers a provider.
     *
     * @throws ProviderRefusedException for a code that is not 2–40 lower-case letters, digits or dashes or is taken,
     *     a name that is blank or over 200 characters, or a contact address that is not one
     */
    @Transactional
    public ServiceProvider register(String code, String name, @Nullable String contactEmail) {
        String cleanName = name.strip();
        String email = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
        if (!CODE.matcher(code).matches()) {
            throw ProviderRefusedException.invalid(
                    "code", "provider.code.format", "A code has 2–40 lower-case letters, digits or dashes.");
        }
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw ProviderRefusedException.invalid(
                    "name", "provider.name.format", "A provider's name has 1–200 characters.");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw ProviderRefusedException.invalid(
                    "contactEmail", "provider.email.format", "The contact is not an e-mail address.");
        }
        if (byCode(code).isPresent()) {
            throw ProviderRefusedException.invalid(
                    "code", "provider.code.taken", "The code " + code + " is already taken.", code);
        }
        long id = jdbc.sql("select nextval('service_provider_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("insert into service_provider (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
                .params(id, code, cleanName, email, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(
                new Audited(TenantScope.ALL_TENANTS, "provider.registered", code, null, Map.of("name", cleanName)));
        return byCode(code).orElseThrow();
    }

    /** The provider's people, by name. */
    public List<ProviderPerson> people(long providerId) {
        return jdbc.sql("select user_id, provider_id, username, display_name, email, active from provider_person"
                        + " where provider_id = ? order by display_name")
                .param(providerId)
                .query((rs, row) -> new ProviderPerson(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
    }

    /** The provider {@code userId} belongs to, if they are a provider's person. */
    public Optional<Long> providerOf(long userId) {
        return jdbc.sql("select provider_id from provider_person where user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    /**
     * Adds a person to the provider: an account of {@code homeTenantId} (the operator's) that signs in with
     * {@code password} and holds only {@link Role#PROVIDER_STAFF}.
     *
     * @throws io.loopdesk.identity.InvalidUserException for a username, name, address or password that breaks its rule
     * @throws io.loopdesk.identity.UsernameTakenException when the username is anyone's
     */
    @Transactional
    public ProviderPerson addPerson(
            long providerId,
            long homeTenantId,
            String username,
            String displayName,
            @Nullable String email,
            String password) {
        if (jdbc.sql("select count(*) from service_provider where id = ?")
                        .param(providerId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw ProviderRefusedException.notFound("provider", "provider.unknown", "There is no such provider.");
        }
        UserView user = users.create(
                homeTenantId,
                NewUser.staff(
                        username.strip(),
                        displayName.strip(),
                        email == null || email.isBlank() ? null : email.strip(),
                        Role.PROVIDER_STAFF),
                password);
        jdbc.sql("insert into provider_person (user_id, provider_id, username, display_name, email, active)"
                        + " values (?, ?, ?, ?, ?, true)")
                .params(user.id(), providerId, user.username(), user.displayName(), user.email())
                .update();
        return new ProviderPerson(user.id(), providerId, user.username(), user.displayName(), user.email(), true);
    }

    /**
     * Takes a person off the provider: every grant of theirs stops holding with their next request, and their own
     * account can no longer sign in.
     *
     * @throws ProviderRefusedException (NOT_FOUND) when they are not a person of {@code providerId}
     */
    @Transactional
    public void remove(long providerId, long userId) {
        int removed = jdbc.sql("update provider_person set active = false where provider_id = ? and user_id = ?")
                .params(providerId, userId)
                .update();
        if (removed == 0) {
            throw ProviderRefusedException.notFound(
                    "person", "provider.person.unknown", "There is no such person of a service provider.");
        }
        users.enable(userId, false);
    }

    private static ServiceProvider provider(ResultSet rs, int row) throws SQLException {
        return new ServiceProvider(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }
}
