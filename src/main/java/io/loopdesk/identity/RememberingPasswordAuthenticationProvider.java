package io.loopdesk.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loopdesk.identity.throttle.SignInThrottle;
import io.loopdesk.identity.throttle.SignInThrottledException;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Verifies username and password with the slow password hash once, then remembers the successful result for a
 * short while. An API client using HTTP Basic sends its password with every request; hashing it each time would
 * cost hundreds of milliseconds of CPU per request (Request Tracker tops out at 2.6 tickets/s that way).
 *
 * <p>The cache key is an HMAC of username and password under a key that lives only in this process, so the
 * memory holds no password, and a wrong password never matches a remembered one. Failed attempts are never
 * remembered: each one pays the full hash, which is what slows down guessing. A change of password, roles or
 * enabled flag evicts the user on every node as it commits ({@code UserAccounts#CREDENTIALS_CHANGED}).
 *
 * <p>Before a password is hashed, the {@link SignInThrottle} decides whether the address may try now; each wrong
 * password counts against it.
 */
final class RememberingPasswordAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider verifier;
    private final SignInThrottle throttle;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;
    private final Counter verifications;

    RememberingPasswordAuthenticationProvider(
            AuthenticationProvider verifier,
            SignInThrottle throttle,
            ClusterSignals signals,
            IdentityProperties properties,
            MeterRegistry meters) {
        this.verifier = verifier;
        this.throttle = throttle;
        this.verifications = Counter.builder("loopdesk.auth.password.verifications")
                .description("Passwords checked with the slow hash (cache misses and failed sign-ins)")
                .register(meters);
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(properties.verifiedCredentialTtl())
                .maximumSize(100_000)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        signals.subscribe(UserAccounts.CREDENTIALS_CHANGED, this::forget);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return verifier.authenticate(authentication);
        }
        String cacheKey = username + '\n' + fingerprint(username, credentials.toString());
        Authentication remembered = verified.getIfPresent(cacheKey);
        if (remembered != null) {
            return remembered;
        }
        String address = address(authentication);
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throttle.refused(username, address);
            throw new SignInThrottledException(wait.get());
        }
        verifications.increment();
        Authentication result;
        try {
            result = verifier.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(username, address);
            verified.put(cacheKey, result);
        }
        return result;
    }

    /** The client's address as the servlet container saw it (behind a trusted proxy: the forwarded one). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Forgets the user's verified passwords, on every node, when their credentials change. */
    private void forget(String credentialsChanged) {
        String prefix = UserAccounts.usernameOf(credentialsChanged) + '\n';
        verified.asMap().keySet().removeIf(k -> k.startsWith(prefix));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
