package io.loopdesk.provider;

import org.jspecify.annotations.Nullable;

/** A person of a service provider: signs in as themselves and acts in the tenants they are granted. */
public record ProviderPerson(
        long userId,
        long providerId,
        String username,
        String displayName,
        @Nullable String email,
        boolean enabled) {}
