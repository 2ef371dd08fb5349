package io.loopdesk.tenant.web;

import io.loopdesk.shared.web.ProblemWriter;
import io.loopdesk.tenant.Tenants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link SuspendedTenantGuard} after Spring Security, which says who is asking. */
@Configuration(proxyBeanMethods = false)
class SuspendedTenantGuardConfiguration {

    @Bean
    FilterRegistrationBean<SuspendedTenantGuard> suspendedTenantGuard(Tenants tenants, ProblemWriter problems) {
        FilterRegistrationBean<SuspendedTenantGuard> registration =
                new FilterRegistrationBean<>(new SuspendedTenantGuard(tenants, problems));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
