package io.loopdesk.notification;

import org.jspecify.annotations.Nullable;

/**
 * A tenant webhook as just saved: {@code signingSecret} is shown this once when it is new (a new webhook, a new
 * secret) and {@code null} when the webhook keeps the one it has.
 */
public record TenantWebhookSet(
        TenantWebhookView webhook, @Nullable String signingSecret) {}
