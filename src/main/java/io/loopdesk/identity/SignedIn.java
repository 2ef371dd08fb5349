package io.loopdesk.identity;

import org.jspecify.annotations.Nullable;

/**
 * A person signed in to the pages with their password (API requests sending a password each time are not sign-ins;
 * their failures are {@link SignInFailed}). Published synchronously, in the request.
 *
 * @param address the client's address, or {@code null} if unknown
 */
public record SignedIn(
        long tenantId,
        long userId,
        String username,
        @Nullable String address) {}
