package io.loopdesk.audit.web;

import io.loopdesk.audit.AuditFilter;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the filters of the page and the API (dates in the reader's tenant's time zone) into an {@link AuditFilter}. */
@Component
class AuditParameters {

    private final Tenants tenants;

    AuditParameters(Tenants tenants) {
        this.tenants = tenants;
    }

    AuditFilter filter(
            @Nullable Long tenant,
            @Nullable String action,
            @Nullable String who,
            @Nullable String from,
            @Nullable String to,
            Actor actor) {
        ZoneId zone = tenants.byId(actor.tenantId()).map(TenantInfo::timeZone).orElse(ZoneOffset.UTC);
        return new AuditFilter(
                actor.has(Role.PLATFORM_OPERATOR) ? tenant : null,
                action,
                who,
                from == null || from.isBlank()
                        ? null
                        : date("from", from).atStartOfDay(zone).toInstant(),
                to == null || to.isBlank()
                        ? null
                        : date("to", to).plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2026-12-01.");
        }
    }
}
