package io.loopdesk.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Duration;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a node keeps in memory of what rarely changes and is read on every request (a tenant's settings, a checked
 * key), forgotten on every node the moment a change commits ({@link ClusterSignals}). The expiry is only a bound on
 * memory use and a safety net, never what makes a change count.
 *
 * @param <K> the key; each node must be able to tell from its text which entries a change concerns
 */
public final class Remembered<K, V> {

    private final String name;
    private final Cache<K, V> cache;
    private final Function<String, K> keys;
    private final ClusterSignals signals;

    private Remembered(String name, Cache<K, V> cache, Function<String, K> keys, ClusterSignals signals) {
        this.name = name;
        this.cache = cache;
        this.keys = keys;
        this.signals = signals;
        signals.subscribe(name, this::forgetLocally);
    }

    /**
     * A store named {@code name} (unique in the application), entries kept at most {@code expiry} and at most
     * {@code maxSize} of them; {@code keys} reads a key back from its text ({@link String#valueOf}), as other nodes
     * send it.
     */
    public static <K, V> Remembered<K, V> create(
            String name, Duration expiry, long maxSize, Function<String, K> keys, ClusterSignals signals) {
        return new Remembered<>(
                name,
                Caffeine.newBuilder()
                        .expireAfterWrite(expiry)
                        .maximumSize(maxSize)
                        .build(),
                keys,
                signals);
    }

    /** A store of a tenant's settings, by tenant id. */
    public static <V> Remembered<Long, V> perTenant(String name, Duration expiry, ClusterSignals signals) {
        return create(name, expiry, 10_000, Long::valueOf, signals);
    }

    public V get(K key, Function<? super K, ? extends V> load) {
        return cache.get(key, load);
    }

    public @Nullable V getIfPresent(K key) {
        return cache.getIfPresent(key);
    }

    public void put(K key, V value) {
        cache.put(key, value);
    }

    /** Every node forgets {@code key} once the current transaction commits. */
    public void forget(K key) {
        signals.signal(name, String.valueOf(key));
    }

    /**
     * Every node forgets, once the current transaction commits, the entries whose key's text starts with
     * {@code prefix} (a tenant's entries under keys such as {@code "42:7"}).
     */
    public void forgetStartingWith(String prefix) {
        signals.signal(name, prefix + ClusterSignals.EVERYTHING);
    }

    /**
     * Forgets on this node the entries {@code stale} selects; for a store's owner reacting to a signal of its own
     * (a user's credentials changed: every token of theirs).
     */
    public void forgetLocallyIf(BiPredicate<K, V> stale) {
        cache.asMap().entrySet().removeIf(entry -> stale.test(entry.getKey(), entry.getValue()));
    }

    private void forgetLocally(String payload) {
        if (payload.endsWith(ClusterSignals.EVERYTHING)) {
            String prefix = payload.substring(0, payload.length() - ClusterSignals.EVERYTHING.length());
            cache.asMap().keySet().removeIf(key -> String.valueOf(key).startsWith(prefix));
        } else {
            cache.invalidate(keys.apply(payload));
        }
    }
}
