package io.loopdesk.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The help centre is read without signing in; it shows, and takes one answer: whether an article helped (a form with
 * the usual CSRF token).
 */
@Configuration(proxyBeanMethods = false)
class HelpCentreSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain helpCentreChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/help/**")
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:;"
                                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/help/**")
                        .permitAll()
                        // readers say whether an article helped, without signing in
                        .requestMatchers(HttpMethod.POST, "/help/*/articles/*/helpful")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
