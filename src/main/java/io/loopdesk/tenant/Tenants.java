package io.loopdesk.tenant;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.ClusterSignals;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        if (name.isBlank() || name.length() > 200) {
            throw new TenantRefusedException(
                    DomainException.Kind.INVALID,
                    new FieldProblem("name", "tenant.name.length", "A tenant name has 1–200 characters."));
        }
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
}
