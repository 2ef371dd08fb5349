package io.loopdesk.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Survey links open without a sign-in: the token in the path is the customer's proof, checked by the survey itself.
 * Forms keep their CSRF token; the page may not be framed.
 */
@Configuration(proxyBeanMethods = false)
class SurveyLinkSecurity {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain surveyLinkChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/r/**")
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.addHeaderWriter(
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
