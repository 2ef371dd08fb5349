package io.loopdesk.reporting.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.ReportRefusedException;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Which tenant a report is about (the reader's own; for platform operators the one named by code) and its today. */
@Component
class ReportTenant {

    private final Tenants tenants;
    private final Clock clock;

    ReportTenant(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    TenantInfo resolve(@Nullable String code, Actor actor) {
        if (code == null || code.isBlank()) {
            return tenants.byId(actor.tenantId()).orElseThrow();
        }
        return tenants.byCode(code.strip())
                .filter(t -> actor.seesAllTenants() || t.id() == actor.tenantId())
                .orElseThrow(() -> ReportRefusedException.invalid(
                        "tenant",
                        "report.tenant.unknown",
                        "No tenant " + code.strip() + " you can see.",
                        code.strip()));
    }

    LocalDate today(TenantInfo tenant) {
        return LocalDate.ofInstant(clock.instant(), tenant.timeZone());
    }
}
