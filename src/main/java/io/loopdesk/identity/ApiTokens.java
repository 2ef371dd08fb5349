package io.loopdesk.identity;

import io.loopdesk.identity.token.ApiToken;
import io.loopdesk.identity.token.ApiTokenRepository;
import io.loopdesk.identity.token.UnknownApiTokenException;
import io.loopdesk.shared.AccessKey;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bearer tokens for integrations. A token is 256 random bits; only its SHA-256 is stored, so checking one is a
 * hash and an indexed lookup (microseconds), and a leaked database reveals no usable token. A slow password hash
 * would add nothing for secrets this long.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ld_";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration standardValidity;
    private final Remembered<String, Actor> recent;

    ApiTokens(
            ApiTokenRepository tokens,
            UserAccountRepository users,
            PlatformTransactionManager transactionManager,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            ClusterSignals signals,
            Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.users = users;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.standardValidity = properties.apiTokenValidity();
        this.recent = Remembered.create("api-tokens", properties.apiTokenCacheTtl(), 100_000, key -> key, signals);
        signals.subscribe(UserAccounts.CREDENTIALS_CHANGED, payload -> {
            long userId = UserAccounts.userIdOf(payload);
            recent.forgetLocallyIf((hash, actor) -> Long.valueOf(userId).equals(actor.userId()));
        });
    }

    /**
     * Issues a token for {@code userId} (in the caller's tenant scope), valid for {@code lifetime} as the owner's
     * role allows ({@link TokenLifetime}); {@code byAdmin} says whether a tenant admin or operator issues it. The
     * secret is shown once.
     */
    public IssuedApiToken issue(long userId, String name, TokenLifetime lifetime, boolean byAdmin) {
        if (name.isBlank() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidUserException(
                    "name", "identity.token.name", "A token needs a name: one line of 1–100 characters.");
        }
        return transactions.execute(status -> {
            UserAccount owner = users.findById(userId).orElseThrow(() -> new UnknownUserException(userId));
            Duration validity = lifetime.validity(owner.actor(), byAdmin, standardValidity);
            AccessKey secret = AccessKey.generate(PREFIX);
            Instant now = clock.instant();
            ApiToken token = tokens.save(new ApiToken(
                    owner.tenantId(),
                    owner.id(),
                    name.strip(),
                    secret.hash(),
                    secret.shown(),
                    now,
                    validity == null ? null : now.plus(validity)));
            events.publishEvent(new Audited(
                    owner.tenantId(),
                    "api-token.issued",
                    owner.username() + ": " + token.view().name(),
                    null,
                    token.view()));
            return new IssuedApiToken(token.view(), secret.secret());
        });
    }

    public List<ApiTokenView> of(long userId) {
        return transactions.execute(status -> tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(ApiToken::view)
                .toList());
    }

    public List<ApiTokenView> all() {
        return transactions.execute(status -> tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(ApiToken::view)
                .toList());
    }

    /** Revokes a token visible in the caller's scope; it stops working at once on this node. */
    public ApiTokenView revoke(long tokenId) {
        ApiToken revoked = transactions.execute(status -> {
            ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new UnknownApiTokenException(tokenId));
            token.revoke(clock.instant());
            recent.forget(token.tokenHash());
            events.publishEvent(new Audited(
                    token.tenantId(), "api-token.revoked", token.view().name(), null, token.view()));
            return token;
        });
        return revoked.view();
    }

    /**
     * Signs in with a presented token: the integration's authentication if the token exists, is neither revoked nor
     * expired, and its user is enabled.
     */
    public Optional<Authentication> signIn(String presented) {
        return authenticate(presented).map(actor -> new ApiTokenAuthentication(new LoopdeskPrincipal(actor, "", true)));
    }

    private Optional<Actor> authenticate(String presented) {
        if (!AccessKey.plausible(PREFIX, presented)) {
            return Optional.empty();
        }
        String hash = AccessKey.hashOf(presented);
        Actor cached = recent.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Actor> actor = TenantScope.asSystem(() -> transactions.execute(status -> {
            Instant now = clock.instant();
            return tokens.findByTokenHash(hash)
                    .filter(token -> token.usableAt(now))
                    .flatMap(token -> {
                        token.touch(now);
                        return users.findById(token.userId());
                    })
                    .filter(UserAccount::enabled)
                    .map(UserAccount::actor);
        }));
        actor.ifPresent(a -> recent.put(hash, a));
        return actor;
    }
}
