package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.tenant.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Which tenant an SLA request is about: the caller's own, or for platform operators the one named by code. */
@Component
class TenantParameter {

    private final Tenants tenants;

    TenantParameter(Tenants tenants) {
        this.tenants = tenants;
    }

    long resolve(@Nullable String code, Actor actor) {
        if (code == null || code.isBlank()) {
            return actor.tenantId();
        }
        return tenants.byCode(code.strip())
                .filter(t -> actor.seesAllTenants() || t.id() == actor.tenantId())
                .orElseThrow(() -> new IllegalArgumentException("No tenant '" + code + "' you can work in."))
                .id();
    }
}
