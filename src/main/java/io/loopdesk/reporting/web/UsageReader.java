package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.reporting.ReportRefusedException;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read a usage statement: platform operators any tenant's, a tenant admin their own; for anyone else a
 * tenant of their own is forbidden and another is as if it did not exist.
 */
@Component
class UsageReader {

    private final Tenants tenants;
    private final Clock clock;

    UsageReader(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    TenantInfo tenant(@Nullable Long tenantId, Actor actor) {
        long id = tenantId == null ? actor.tenantId() : tenantId;
        TenantInfo tenant = tenants.byId(id)
                .filter(t -> actor.seesAllTenants() || t.id() == actor.tenantId())
                .orElseThrow(() -> ReportRefusedException.notFound(
                        "error.usage.tenant.unknown", "No tenant " + id + " you can see.", id));
        if (!actor.has(Role.PLATFORM_OPERATOR) && !actor.has(Role.TENANT_ADMIN)) {
            throw ReportRefusedException.forbidden(
                    "error.usage.forbidden", "Usage statements are for tenant admins and platform operators.");
        }
        return tenant;
    }

    /** The month asked for, or the last whole month in the tenant's time zone. */
    YearMonth month(@Nullable String text, TenantInfo tenant) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(LocalDate.ofInstant(clock.instant(), tenant.timeZone()))
                    .minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ReportRefusedException.invalid(
                    "month", "report.month.format", "The month must look like 2026-11.", text.strip());
        }
    }

    /** This month in the tenant's time zone: the one a page opens on, units still coming in. */
    YearMonth current(TenantInfo tenant) {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), tenant.timeZone()));
    }

    static void mustOperate(Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR)) {
            throw ReportRefusedException.forbidden(
                    "error.usage.send.forbidden", "Only platform operators send usage statements.");
        }
    }
}
