package io.loopdesk.identity.throttle;

import io.loopdesk.identity.SignInAttackSuspected;
import io.loopdesk.identity.SignInFailed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing down, on every node alike (the counts are rows of the database). Three counts, each over
 * {@link ThrottleProperties#window()}:
 *
 * <ul>
 *   <li>one address on one account: after a few failures each further attempt waits, one second, then two, four …
 *       up to a quarter of an hour; a successful sign-in clears it;
 *   <li>one address on any accounts: the same, later and longer, against an address trying many usernames;
 *   <li>one account from any addresses: never a wait, so nobody can lock a real user out by failing on purpose;
 *       past a threshold the tenant's admins are told ({@link SignInAttackSuspected}).
 * </ul>
 *
 * A waiting attempt is refused before its password is hashed, so guessing costs the guesser time and the server
 * nothing.
 */
@Component
public class SignInThrottle {

    private static final int MAX_USERNAME_IN_KEY = 150;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ThrottleProperties properties;
    private final Clock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    SignInThrottle(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            ThrottleProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** How long {@code address} must still wait before its next attempt on {@code username} is checked. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = jdbc
                .sql("select blocked_until from sign_in_throttle where throttle_key in (?, ?)"
                        + " and blocked_until is not null")
                .params(pairKey(username, address), addressKey(address))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list()
                .stream()
                .max(Instant::compareTo)
                .orElse(null);
        return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** An attempt refused because its address must wait; recorded, not counted again. */
    public void refused(String username, String address) {
        events.publishEvent(new SignInFailed(tenantOf(username), clipped(username), address, true));
    }

    /** Counts a wrong password (or an unknown username) from {@code address}. */
    public void failed(String username, String address) {
        events.publishEvent(new SignInFailed(tenantOf(username), clipped(username), address, false));
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            count(pairKey(username, address), properties.accountFreeFailures(), properties.accountMaxWait(), now);
            count(addressKey(address), properties.addressFreeFailures(), properties.addressMaxWait(), now);
            int onAccount = count(accountKey(username), Integer.MAX_VALUE, Duration.ZERO, now);
            if (onAccount >= properties.alertAfter()) {
                alertOnce(username, onAccount, now);
            }
        });
        sweep(now);
    }

    /** A right password from {@code address}: its count on this account starts again. */
    public void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?")
                .param(pairKey(username, address))
                .update();
    }

    /** Adds a failure to {@code key} and returns the failures counted in the current window. */
    private int count(String key, int free, Duration maxWait, Instant now) {
        // a new key's row first, so two nodes counting the same key at once both find it and take turns on its lock
        jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_start) values (?, 0, ?)"
                        + " on conflict do nothing")
                .params(key, utc(now))
                .update();
        Row row = jdbc.sql("select failures, window_start from sign_in_throttle where throttle_key = ? for update")
                .param(key)
                .query((rs, n) -> new Row(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
        boolean windowOver = row.windowStart().plus(properties.window()).isBefore(now);
        int failures = windowOver ? 1 : row.failures() + 1;
        Instant blockedUntil = failures > free ? now.plus(wait(failures - free, maxWait)) : null;
        jdbc.sql("update sign_in_throttle set failures = ?, window_start = ?, blocked_until = ? where throttle_key = ?")
                .params(
                        failures,
                        utc(windowOver ? now : row.windowStart()),
                        blockedUntil == null ? null : utc(blockedUntil),
                        key)
                .update();
        return failures;
    }

    /** One second after the first failure beyond the free ones, doubling each time, at most {@code max}. */
    static Duration wait(int beyondFree, Duration max) {
        Duration wait = Duration.ofSeconds(1L << Math.min(beyondFree - 1, 30));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private void alertOnce(String username, int failures, Instant now) {
        String key = accountKey(username);
        int marked = jdbc.sql("update sign_in_throttle set alerted_at = ? where throttle_key = ?"
                        + " and (alerted_at is null or alerted_at < window_start)")
                .params(utc(now), key)
                .update();
        if (marked == 0) {
            return;
        }
        Instant since = jdbc.sql("select window_start from sign_in_throttle where throttle_key = ?")
                .param(key)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .single();
        // a native read: this transaction's session belongs to no tenant, and the account may be anyone's
        jdbc.sql("select tenant_id, id, username from app_user where lower(username) = ?")
                .param(normal(username))
                .query((rs, n) ->
                        new SignInAttackSuspected(rs.getLong(1), rs.getLong(2), rs.getString(3), failures, since))
                .optional()
                .ifPresent(events::publishEvent);
    }

    /** Forgets counts whose window ended long ago; at most once a minute per node, so it costs nothing per attempt. */
    private void sweep(Instant now) {
        Instant last = lastSweep.get();
        if (last.plus(Duration.ofMinutes(1)).isAfter(now) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        Instant before = now.minus(properties.window().multipliedBy(2));
        jdbc.sql("delete from sign_in_throttle where window_start < ? and (blocked_until is null or blocked_until < ?)")
                .params(utc(before), utc(now))
                .update();
    }

    /** A native read: the sign-in runs in no tenant's scope, and the account may be anyone's. */
    private @Nullable Long tenantOf(String username) {
        return jdbc.sql("select tenant_id from app_user where lower(username) = ?")
                .param(normal(username))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static String clipped(String username) {
        return username.length() > MAX_USERNAME_IN_KEY ? username.substring(0, MAX_USERNAME_IN_KEY) : username;
    }

    private static String pairKey(String username, String address) {
        return "pair:" + normal(username) + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String accountKey(String username) {
        return "account:" + normal(username);
    }

    private static String normal(@Nullable String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_USERNAME_IN_KEY ? name.substring(0, MAX_USERNAME_IN_KEY) : name;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(int failures, Instant windowStart) {}
}
