package io.loopdesk.identity.web;

import io.loopdesk.identity.ApiTokens;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.shared.web.ProblemWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Three doors: the REST API (stateless; HTTP Basic for people, bearer tokens for integrations), the actuator
 * (health open, the rest for operators), and the web pages (form login with a session and CSRF protection).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /**
     * Pages load scripts, styles, images and fonts only from Loopdesk itself, run no inline script or style (so an
     * injected {@code <script>} or {@code onclick} does nothing even if escaping ever failed), post forms only to
     * Loopdesk and cannot be framed by another site. Uploaded screenshots are shown from Loopdesk's own URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The API explorer (Swagger UI) and the report pages (ECharts) are bundles that set style attributes as they
     * render; they may do so, while scripts stay Loopdesk's own as everywhere else.
     */
    static final String API_EXPLORER_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    private static final String CSP_HEADER = "Content-Security-Policy";

    private static final RequestMatcher API_EXPLORER = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/reports"),
            PathPatternRequestMatcher.withDefaults().matcher("/reports/**"));

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, ProblemWriter problemWriter)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(problemWriter);
        return http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // nothing to log out of and no session to keep a request in for after a login
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authenticationManager(manager)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> {})
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.PLATFORM_OPERATOR.name()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(
            HttpSecurity http,
            AuthenticationManager manager,
            ApplicationEventPublisher events,
            UserAccounts users,
            LocaleResolver locales)
            throws Exception {
        return http.authenticationManager(manager)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SignedInPage(events, users, locales))
                        .failureHandler(new SignInFailurePage())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex.accessDeniedPage("/access-denied"))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                API_EXPLORER, new StaticHeadersWriter(CSP_HEADER, API_EXPLORER_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(API_EXPLORER),
                                new StaticHeadersWriter(CSP_HEADER, CONTENT_SECURITY_POLICY))))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/error",
                                "/access-denied")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/login")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
