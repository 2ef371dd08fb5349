package io.loopdesk.bench;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** The tenant "bench" a benchmark works in, with one member of staff in the role it needs. */
record BenchTenant(TenantInfo tenant, UserView staff) {

    static BenchTenant on(ApplicationContext node, Role role) {
        TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                .register("bench", "Bench", Plan.ENTERPRISE, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE));
        String name = role.name().toLowerCase(Locale.ROOT);
        UserView staff = TenantScope.asSystem(() -> node.getBean(UserAccounts.class)
                .create(
                        tenant.id(),
                        new NewUser(
                                "bench-" + name,
                                "Bench " + name,
                                name + "@bench.example",
                                null,
                                Set.of(role),
                                CustomerLevel.STANDARD),
                        "bench-password"));
        return new BenchTenant(tenant, staff);
    }
}
