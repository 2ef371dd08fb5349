package io.loopdesk.identity.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.identity.throttle.*}: how failed sign-ins slow down further attempts.
 *
 * @param accountFreeFailures failures one address may have on one account before each further attempt waits
 * @param accountMaxWait the longest wait for one address on one account (the wait doubles from one second)
 * @param addressFreeFailures failures one address may have on any accounts within {@code window} before it waits
 * @param addressMaxWait the longest wait for one address
 * @param alertAfter failures on one account, from any addresses, within {@code window} that alert the tenant's
 *     admins (once per window); the account itself is never locked, so nobody can lock a real user out
 * @param window how long failures are counted
 */
@ConfigurationProperties("loopdesk.identity.throttle")
public record ThrottleProperties(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("15m") Duration accountMaxWait,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("1h") Duration addressMaxWait,
        @DefaultValue("50") int alertAfter,
        @DefaultValue("1h") Duration window) {}
