package io.loopdesk.tenant;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The directory of tenants: the module's API for every other module. */
@Service
@Transactional(readOnly = true)
public class Tenants {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** Nearly every request and reaction looks a tenant up; a change to one makes every node forget it. */
    private final Remembered<Long, TenantInfo> known;

    private final ApplicationEventPublisher events;
    private final TenantRepository repository;
    private final Clock clock;

    Tenants(ClusterSignals signals, ApplicationEventPublisher events, TenantRepository repository, Clock clock) {
        this.known = Remembered.create("tenants", Duration.ofMinutes(10), 100_000, Long::valueOf, signals);
        this.events = events;
        this.repository = repository;
        this.clock = clock;
    }

    /** The tenant, remembered once read; no transaction of its own, so a remembered one costs no connection. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<TenantInfo> byId(long id) {
        TenantInfo cached = known.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TenantInfo> found = repository.findById(id).map(Tenant::info);
        found.ifPresent(info -> known.put(id, info));
        return found;
    }

    public Optional<TenantInfo> byCode(String code) {
        return repository.findByCode(code).map(Tenant::info);
    }

    public List<TenantInfo> all() {
        return repository.findAll().stream().map(Tenant::info).toList();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /**
     * Registers a new tenant. Its code (it appears in addresses, e.g. {@code ?tenant=acme}) is 2–40 lower-case
     * letters, digits and dashes and must not be taken; its name has 1–200 characters.
     *
     * @throws TenantRefusedException naming the field
     */
    @Transactional
    public TenantInfo register(String code, String name, Plan plan, ZoneId timeZone, Locale defaultLocale) {
        if (!CODE.matcher(code).matches()) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem(
                            "code",
                            "tenant.code.format",
                            "A tenant code has 2–40 lower-case letters, digits and dashes, starting with a letter or"
                                    + " digit."));
        }
        checkName(name);
        if (repository.findByCode(code).isPresent()) {
            throw new TenantRefusedException(
                    DomainException.Kind.CONFLICT,
                    new FieldProblem("code", "tenant.code.taken", "Tenant code already taken: " + code, List.of(code)));
        }
        TenantInfo registered = repository
                .save(new Tenant(code, name, plan, timeZone, defaultLocale, clock.instant()))
                .info();
        events.publishEvent(new Audited(TenantScope.ALL_TENANTS, "tenant.registered", code, null, registered));
        return registered;
    }

    /**
     * Changes a tenant's name, plan, time zone or language; the tenant's own audit trail keeps before → after.
     *
     * @throws TenantRefusedException if the name breaks its rule, or (NOT_FOUND) there is no such tenant
     */
    @Transactional
    public TenantInfo change(long id, TenantSettings settings) {
        checkName(settings.name());
        Tenant tenant = existing(id);
        TenantSettings before = tenant.settings();
        if (before.equals(settings)) {
            return tenant.info();
        }
        tenant.change(settings);
        known.forget(id);
        events.publishEvent(new Audited(id, "tenant.changed", tenant.code(), before, settings));
        return tenant.info();
    }

    /**
     * Suspends a tenant: from the next request none of its people can work and none of its apps can send, until it
     * is reactivated; nothing of it is deleted. An operator cannot suspend the tenant they work from.
     *
     * @param operatorTenantId the tenant of the operator who suspends it
     * @throws TenantRefusedException if the reason is empty or too long, the tenant is the operator's own, or
     *     (NOT_FOUND) there is no such tenant
     */
    @Transactional
    public TenantInfo suspend(long id, String reason, long operatorTenantId) {
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem("reason", "tenant.suspension.reason", "Say why, in 1–500 characters."));
        }
        if (id == operatorTenantId) {
            throw new TenantRefusedException(
                    DomainException.Kind.CONFLICT,
                    new FieldProblem(
                            "reason",
                            "tenant.suspension.own",
                            "You cannot suspend the tenant you work from: you would lock yourself out."));
        }
        Tenant tenant = existing(id);
        if (tenant.suspended()) {
            return tenant.info();
        }
        tenant.suspend(why, clock.instant());
        known.forget(id);
        events.publishEvent(new Audited(id, "tenant.suspended", tenant.code(), null, why));
        return tenant.info();
    }

    /** Lets a suspended tenant's people and apps in again. */
    @Transactional
    public TenantInfo reactivate(long id) {
        Tenant tenant = existing(id);
        if (!tenant.suspended()) {
            return tenant.info();
        }
        String reason = tenant.info().suspensionReason();
        tenant.reactivate();
        known.forget(id);
        events.publishEvent(new Audited(id, "tenant.reactivated", tenant.code(), reason, null));
        return tenant.info();
    }

    /**
     * Deletes the row of a suspended tenant whose data has been erased, in the caller's transaction, and forgets it
     * on every node. {@link TenantRemoving} is published first, so the modules that keep something about the tenant
     * outside its own data (a provider's grants of it) let go of it.
     *
     * @throws TenantRefusedException (CONFLICT) if the tenant is not suspended, (NOT_FOUND) if there is none
     */
    @Transactional
    public void remove(long id) {
        Tenant tenant = existing(id);
        if (!tenant.suspended()) {
            throw new TenantRefusedException(
                    DomainException.Kind.CONFLICT,
                    new FieldProblem("tenant", "tenant.remove.active", "Only a suspended tenant's data is erased."));
        }
        events.publishEvent(new TenantRemoving(id));
        repository.delete(tenant);
        repository.flush();
        known.forget(id);
    }

    /** What the platform hosts for the tenant; {@link HostingProfile#none()} until agreed. */
    public HostingProfile hosting(long id) {
        return existing(id).hosting();
    }

    /**
     * Records what the platform hosts for a tenant; the tenant's audit trail keeps before → after.
     *
     * @throws TenantRefusedException if the regions exceed 500 or the reply strategy 4,000 characters, or (NOT_FOUND)
     *     there is no such tenant
     */
    @Transactional
    public HostingProfile host(long id, HostingProfile profile) {
        if (profile.regions().length() > 500) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem(
                            "regions", "tenant.hosting.regions", "Service regions have at most 500 characters."));
        }
        if (profile.replyStrategy().length() > 4000) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem(
                            "replyStrategy",
                            "tenant.hosting.strategy",
                            "A reply strategy has at most 4,000 characters."));
        }
        Tenant tenant = existing(id);
        HostingProfile before = tenant.hosting();
        if (!before.equals(profile)) {
            tenant.host(profile);
            events.publishEvent(new Audited(id, "tenant.hosting.changed", tenant.code(), before, profile));
        }
        return profile;
    }

    /**
     * Records the brand's authorisation for platform operators to work its tickets; from then on they open them. The
     * reference names what it rests on (a contract, a signed form).
     *
     * @throws TenantRefusedException if the reference is empty or longer than 200 characters, or (NOT_FOUND) there is no
     *     such tenant
     */
    @Transactional
    public TenantInfo authoriseHosting(long id, String reference) {
        String what = reference.strip();
        if (what.isEmpty() || what.length() > 200) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem(
                            "reference",
                            "tenant.hosting.reference",
                            "Name what the authorisation rests on (a contract or form number), in 1–200 characters."));
        }
        Tenant tenant = existing(id);
        HostingAuthorisation before = tenant.info().hostingAuthorisation();
        tenant.authoriseHosting(what, clock.instant());
        known.forget(id);
        events.publishEvent(new Audited(
                id, "tenant.hosting.authorised", tenant.code(), before == null ? null : before.reference(), what));
        return tenant.info();
    }

    /**
     * Withdraws the authorisation: from the next request on every node, no platform operator opens the tenant's
     * tickets.
     */
    @Transactional
    public TenantInfo revokeHosting(long id) {
        Tenant tenant = existing(id);
        HostingAuthorisation before = tenant.info().hostingAuthorisation();
        if (before == null) {
            return tenant.info();
        }
        tenant.revokeHosting();
        known.forget(id);
        events.publishEvent(new Audited(id, "tenant.hosting.revoked", tenant.code(), before.reference(), null));
        return tenant.info();
    }

    /** The tenants whose brands authorised the platform to work their tickets. */
    public Set<Long> hostingAuthorised() {
        return Set.copyOf(repository.findIdsWithHostingAuthorisation());
    }

    private Tenant existing(long id) {
        return repository
                .findById(id)
                .orElseThrow(() -> new TenantRefusedException(
                        DomainException.Kind.NOT_FOUND,
                        new FieldProblem("tenant", "tenant.unknown", "There is no such tenant.")));
    }

    private static void checkName(String name) {
        if (name.isBlank() || name.length() > 200) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem("name", "tenant.name.length", "A tenant name has 1–200 characters."));
        }
    }
}
