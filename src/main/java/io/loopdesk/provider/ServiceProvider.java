package io.loopdesk.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outside service provider organisation, e.g. a local support company serving brands in Europe. */
public record ServiceProvider(
        long id, String code, String name, @Nullable String contactEmail, Instant createdAt) {}
