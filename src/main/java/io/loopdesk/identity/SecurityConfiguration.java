package io.loopdesk.identity;

import io.loopdesk.identity.throttle.SignInThrottle;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How people and integrations prove who they are: passwords (stored by {@link DelegatingPasswordEncoder}, checked
 * under the sign-in throttle) and the authentication manager every door uses. The doors themselves, which requests
 * need what, are web configuration ({@code identity.web.WebSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new NoPassword());
        return encoder;
    }

    @Bean
    RememberingPasswordAuthenticationProvider passwordAuthenticationProvider(
            AccountDetailsService accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            ClusterSignals signals,
            IdentityProperties properties,
            MeterRegistry meters) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(accounts);
        verifier.setPasswordEncoder(encoder);
        return new RememberingPasswordAuthenticationProvider(verifier, throttle, signals, properties, meters);
    }

    /**
     * Spring Security would otherwise wrap each filter of its chains, the authentication manager and the
     * authorization manager in an observation, a dozen per request (measured on ticket creation through the API: 7.9
     * against 6.9 ms of CPU with them silenced, less again without the wrappers). Requests are still timed as a
     * whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Publishes each sign-in's outcome as Spring Security's events ({@code throttle.LoginFailures} counts the failures). */
    @Bean
    AuthenticationManager authenticationManager(
            RememberingPasswordAuthenticationProvider provider, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
