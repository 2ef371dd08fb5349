package io.loopdesk.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Visitors open the chat page, start chats and open the chat socket without signing in; who may do what on the socket is decided per
 * STOMP frame (the socket's access check), where a staff member's signed-in session is still recognised.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain chatChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/api/v1/chat/visitors",
                        "/api/v1/chat/visitors/transcript",
                        "/chat/socket",
                        "/chat/socket/**",
                        "/chat/w/**")
                .csrf(csrf -> csrf.disable())
                // the visitor's chat is embedded by brands in their own sites and apps (an iframe of the widget)
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self';"
                                + " style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none';"
                                + " base-uri 'self'; form-action 'self'; frame-ancestors *")))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
