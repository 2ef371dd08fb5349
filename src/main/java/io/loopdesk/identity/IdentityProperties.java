package io.loopdesk.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.identity.*}: sign-in settings.
 *
 * @param minPasswordLength shortest password accepted when a user is created or changes it
 * @param verifiedCredentialTtl how long a verified HTTP Basic password is remembered, so a client sending it with
 *     every request pays for one slow password hash per period instead of one per request
 * @param apiTokenCacheTtl how long a looked-up API token is remembered on this node
 * @param apiTokenValidity how long a new API token works when its issuer names no validity
 */
@ConfigurationProperties("loopdesk.identity")
public record IdentityProperties(
        @DefaultValue("8") int minPasswordLength,
        @DefaultValue("60s") Duration verifiedCredentialTtl,
        @DefaultValue("30s") Duration apiTokenCacheTtl,
        @DefaultValue("90d") Duration apiTokenValidity) {}
