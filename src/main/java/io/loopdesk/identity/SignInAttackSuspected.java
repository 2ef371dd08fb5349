package io.loopdesk.identity;

import java.time.Instant;

/**
 * Many failed sign-ins on one account, from any addresses, within the throttle window: someone may be guessing its
 * password. Published once per window; the tenant's admins are told.
 *
 * @param failures the failures counted in the window so far
 * @param since when the window began
 */
public record SignInAttackSuspected(long tenantId, long userId, String username, int failures, Instant since) {}
