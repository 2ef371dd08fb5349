package io.loopdesk.identity;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in that failed: a wrong password or an unknown username, on the pages or the API, or an attempt refused
 * because its address must wait ({@code throttled}). Published synchronously, in the request.
 *
 * @param tenantId the tenant of the account tried, or {@code null} if no account has that username
 * @param username the username as it was typed (clipped)
 * @param address the client's address
 */
public record SignInFailed(@Nullable Long tenantId, String username, String address, boolean throttled) {}
