package io.loopdesk.identity.web;

import io.loopdesk.identity.DelegatedAccess;
import io.loopdesk.shared.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link DelegatedAccessGuard} after Spring Security has said who is asking; a configuration rather than a
 * component so that web slice tests without the identity services do not need it.
 */
@Configuration(proxyBeanMethods = false)
class DelegatedAccessGuardConfiguration {

    @Bean
    FilterRegistrationBean<DelegatedAccessGuard> delegatedAccessGuard(
            DelegatedAccess access, ProblemWriter problems, ApplicationEventPublisher events) {
        FilterRegistrationBean<DelegatedAccessGuard> registration =
                new FilterRegistrationBean<>(new DelegatedAccessGuard(access, problems, events));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
