package io.loopdesk.provider;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Delegation;
import io.loopdesk.identity.DelegationPolicy;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Audited;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants of tenants to providers' people, and the {@link DelegationPolicy} that reads them. A grant lets its person
 * in only while it is neither revoked nor expired, the person's own account is enabled, and the tenant is active and
 * has authorised hosting; each of these is read afresh whenever identity asks, so a change takes effect with the
 * person's next request. Every grant given or revoked is in the tenant's audit trail.
 */
@Service
@Transactional(readOnly = true)
public class ProviderGrants implements DelegationPolicy {

    private static final String COLUMNS =
            "g.id, g.provider_id, s.name, g.user_id, p.display_name, g.tenant_id, g.roles,"
                    + " g.valid_until, g.granted_by, g.granted_at, g.revoked_by, g.revoked_at";
    private static final String FROM = " from provider_grant g join service_provider s on s.id = g.provider_id"
            + " join provider_person p on p.user_id = g.user_id";

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderGrants(JdbcClient jdbc, Tenants tenants, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Lets {@code personId} act in {@code tenantId} with {@code roles} until the end of {@code until} in the tenant's
     * time zone (or until revoked); a grant the person already holds there is replaced.
     *
     * @throws ProviderRefusedException NOT_FOUND for someone who is not a provider's person or a tenant that does not
     *     exist; INVALID for no roles or one a grant cannot give, a date in the past, or a tenant that is suspended
     *     or has not authorised hosting
     */
    @Transactional
    public ProviderGrant grant(long personId, long tenantId, Set<Role> roles, @Nullable LocalDate until, Actor by) {
        long providerId = jdbc.sql("select provider_id from provider_person where user_id = ?")
                .param(personId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> ProviderRefusedException.notFound(
                        "person", "provider.person.unknown", "There is no such person of a service provider."));
        TenantInfo tenant = tenants.byId(tenantId)
                .orElseThrow(() -> ProviderRefusedException.notFound(
                        "tenant", "provider.tenant.unknown", "There is no such tenant."));
        if (roles.isEmpty() || !Role.DELEGABLE.containsAll(roles)) {
            throw ProviderRefusedException.invalid(
                    "roles",
                    "provider.grant.roles",
                    "A grant gives one or more of the roles agent, engineer, supervisor and QA inspector.");
        }
        if (tenant.suspended()) {
            throw ProviderRefusedException.invalid(
                    "tenant", "provider.grant.suspended", "The tenant is suspended; nobody can be granted it.");
        }
        if (!tenant.hostingAuthorised()) {
            throw ProviderRefusedException.invalid(
                    "tenant",
                    "provider.grant.unauthorised",
                    "The tenant has not authorised hosting; without its authorisation no provider may serve it.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, tenant.timeZone());
        if (until != null && until.isBefore(today)) {
            throw ProviderRefusedException.invalid(
                    "until", "provider.grant.until", "A grant ends today or later, not in the past.");
        }
        Instant validUntil = until == null
                ? null
                : until.plusDays(1).atStartOfDay(tenant.timeZone()).toInstant();
        Optional<ProviderGrant> replaced = current(personId, tenantId);
        replaced.ifPresent(old -> markRevoked(old.id(), by, now));
        long id = jdbc.sql("select nextval('provider_grant_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("insert into provider_grant (id, provider_id, user_id, tenant_id, roles, valid_until, granted_by,"
                        + " granted_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        providerId,
                        personId,
                        tenantId,
                        roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        validUntil == null ? null : validUntil.atOffset(ZoneOffset.UTC),
                        by.name(),
                        now.atOffset(ZoneOffset.UTC))
                .update();
        ProviderGrant granted = byId(id).orElseThrow();
        events.publishEvent(new Audited(
                tenantId,
                "provider.grant.given",
                granted.personName(),
                replaced.map(ProviderGrants::audited).orElse(null),
                audited(granted)));
        return granted;
    }

    /**
     * Revokes a grant; the person's next request in the tenant is refused. A tenant admin may revoke grants of their
     * own tenant only, an operator any.
     *
     * @throws ProviderRefusedException NOT_FOUND when there is no such grant the actor may see
     */
    @Transactional
    public ProviderGrant revoke(long grantId, Actor by) {
        ProviderGrant grant = byId(grantId)
                .filter(g -> by.has(Role.PLATFORM_OPERATOR) || g.tenantId() == by.tenantId())
                .orElseThrow(() -> ProviderRefusedException.notFound(
                        "grant", "provider.grant.unknown", "There is no such grant."));
        if (grant.revokedAt() != null) {
            return grant;
        }
        markRevoked(grantId, by, clock.instant());
        ProviderGrant revoked = byId(grantId).orElseThrow();
        events.publishEvent(new Audited(
                grant.tenantId(), "provider.grant.revoked", grant.personName(), audited(grant), audited(revoked)));
        return revoked;
    }

    /** The provider's grants, newest first, revoked ones included. */
    public List<ProviderGrant> ofProvider(long providerId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where g.provider_id = ? order by g.id desc")
                .param(providerId)
                .query(this::grant)
                .list();
    }

    /** The grants of {@code tenantId}, newest first, revoked ones included: who serves the tenant. */
    public List<ProviderGrant> toTenant(long tenantId) {
        return jdbc.sql("select " + COLUMNS + FROM + " where g.tenant_id = ? order by g.id desc")
                .param(tenantId)
                .query(this::grant)
                .list();
    }

    @Override
    public List<Delegation> delegationsOf(long personId) {
        Instant now = clock.instant();
        return jdbc
                .sql("select " + COLUMNS + FROM + " where g.user_id = ? and g.revoked_at is null"
                        + " and p.active = true")
                .param(personId)
                .query(this::grant)
                .stream()
                .filter(g -> g.holds(now))
                .map(this::delegation)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Delegation::tenantName))
                .toList();
    }

    @Override
    public Optional<Delegation> delegation(long personId, long tenantId) {
        return current(personId, tenantId).filter(g -> g.holds(clock.instant())).flatMap(this::delegation);
    }

    /** The grant as a delegation, if its tenant lets providers in now. */
    private Optional<Delegation> delegation(ProviderGrant grant) {
        return tenants.byId(grant.tenantId())
                .filter(tenant -> !tenant.suspended() && tenant.hostingAuthorised())
                .map(tenant -> new Delegation(
                        tenant.id(),
                        tenant.name(),
                        grant.roles(),
                        grant.personName() + " · " + grant.providerName(),
                        grant.validUntil()));
    }

    private Optional<ProviderGrant> current(long personId, long tenantId) {
        return jdbc
                .sql("select " + COLUMNS + FROM + " where g.user_id = ? and g.tenant_id = ?"
                        + " and g.revoked_at is null and p.active = true order by g.id desc")
                .params(personId, tenantId)
                .query(this::grant)
                .stream()
                .findFirst();
    }

    private Optional<ProviderGrant> byId(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where g.id = ?")
                .param(id)
                .query(this::grant)
                .optional();
    }

    private void markRevoked(long grantId, Actor by, Instant now) {
        jdbc.sql("update provider_grant set revoked_by = ?, revoked_at = ? where id = ? and revoked_at is null")
                .params(by.name(), now.atOffset(ZoneOffset.UTC), grantId)
                .update();
    }

    private static Map<String, Object> audited(ProviderGrant grant) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("provider", grant.providerName());
        value.put("roles", grant.roles().stream().map(Role::name).sorted().toList());
        value.put(
                "until",
                grant.validUntil() == null ? "revoked" : grant.validUntil().toString());
        value.put("state", grant.revokedAt() == null ? "granted" : "revoked");
        return value;
    }

    private ProviderGrant grant(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString(7).split(",")).map(Role::valueOf).forEach(roles::add);
        return new ProviderGrant(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getLong(6),
                roles,
                instant(rs, 8),
                rs.getString(9),
                instant(rs, 10),
                rs.getString(11),
                instant(rs, 12));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
