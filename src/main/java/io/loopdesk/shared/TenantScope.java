package io.loopdesk.shared;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Decides which tenant's rows the current unit of work may see. This is the one place tenant isolation is
 * decided: Hibernate asks it for the tenant of every session it opens and filters every tenant-owned entity
 * accordingly (see {@link TenantIdentifierResolver}).
 *
 * <p>Signed-in users are scoped to their own tenant, platform operators to all tenants. Work that no user
 * started (mail polling, timers, event listeners, start-up) must say explicitly which scope it runs in with
 * {@link #asSystem} or {@link #inTenant}; without that it sees nothing at all, never everything.
 */
public final class TenantScope {

    /** Tenant identifier Hibernate treats as the root tenant, which sees every partition. */
    public static final long ALL_TENANTS = 0L;

    /** Tenant identifier that matches no row: the scope of unauthenticated, unscoped work. */
    public static final long NO_TENANT = -1L;

    private static final ThreadLocal<@Nullable Long> OVERRIDE = new ThreadLocal<>();

    private TenantScope() {}

    /** Runs {@code work} with access to every tenant; for system jobs that are not done on behalf of a user. */
    public static <T> T asSystem(Supplier<T> work) {
        return within(ALL_TENANTS, work);
    }

    public static void asSystem(Runnable work) {
        within(ALL_TENANTS, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} restricted to one tenant, e.g. a mailbox poller reading that tenant's mailbox. */
    public static <T> T inTenant(long tenantId, Supplier<T> work) {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("Not a tenant id: " + tenantId);
        }
        return within(tenantId, work);
    }

    public static void inTenant(long tenantId, Runnable work) {
        inTenant(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in the scope of {@code member}: their tenant, or all tenants for operators and the system. */
    public static <T> T of(TenantMember member, Supplier<T> work) {
        return within(scopeOf(member), work);
    }

    /** The tenant identifier {@code member}'s work runs under: theirs, or {@link #ALL_TENANTS}. */
    public static long scopeOf(TenantMember member) {
        return member.seesAllTenants() ? ALL_TENANTS : member.tenantId();
    }

    public static void of(TenantMember member, Runnable work) {
        of(member, () -> {
            work.run();
            return null;
        });
    }

    /** The tenant identifier for a session opened now: an override, else the signed-in principal's tenant. */
    public static long current() {
        Long override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof TenantMember member) {
            return member.seesAllTenants() ? ALL_TENANTS : member.tenantId();
        }
        return NO_TENANT;
    }

    public static boolean isAllTenants() {
        return current() == ALL_TENANTS;
    }

    private static <T> T within(long tenantId, Supplier<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
