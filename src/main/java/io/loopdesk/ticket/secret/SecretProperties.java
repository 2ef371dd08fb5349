package io.loopdesk.ticket.secret;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code loopdesk.ticket.secrets.*}.
 *
 * @param key base64 AES-256 key that encrypts passwords found in ticket text; the same on every node. Without it
 *     a key file is created once under {@code loopdesk.data-dir} (enough for one machine)
 */
@ConfigurationProperties("loopdesk.ticket.secrets")
public record SecretProperties(@Nullable String key) {}
