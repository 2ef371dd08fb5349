package io.loopdesk.notification;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A tenant's webhook as its admins see it; the signing secret is never part of it. */
public record TenantWebhookView(
        long id, String url, @Nullable String description, Set<HookEvent> events, Instant createdAt) {

    public TenantWebhookView {
        events = Set.copyOf(events);
    }
}
