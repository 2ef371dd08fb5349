package io.loopdesk.intake.web;

import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.FeedbackRateLimit;
import io.loopdesk.shared.web.ProblemWriter;
import io.loopdesk.tenant.Tenants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The feedback API's own door, ahead of the rest of the API: apps sign in with their key, not as a user, so
 * passwords and user tokens do not open it and app keys open nothing else (the feedback API and the brand's
 * published articles, {@code /api/v1/kb}).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain feedbackChain(
            HttpSecurity http, FeedbackApps apps, FeedbackRateLimit rateLimit, ProblemWriter problems, Tenants tenants)
            throws Exception {
        return http.securityMatcher("/api/v1/feedback", "/api/v1/feedback/**", "/api/v1/kb/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(
                        new AppKeyFilter(apps, rateLimit, problems, tenants), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
