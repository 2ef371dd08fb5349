package io.loopdesk.provider;

import io.loopdesk.tenant.TenantRemoving;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Grants of a tenant that is being deleted go with it, in the same transaction. */
@Component
class GrantsOfRemovedTenants {

    private final JdbcClient jdbc;

    GrantsOfRemovedTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TenantRemoving removing) {
        jdbc.sql("delete from provider_grant where tenant_id = ?")
                .param(removing.tenantId())
                .update();
    }
}
