package io.loopdesk.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Visitors start chats and open the chat socket without signing in; who may do what on the socket is decided per
 * STOMP frame (the socket's access check), where a staff member's signed-in session is still recognised.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain chatChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/chat/visitors", "/chat/socket", "/chat/socket/**")
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
