package io.loopdesk.identity.token;

import io.loopdesk.identity.ApiTokenView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A bearer token an integration uses to act as one user; only its SHA-256 is stored. */
@Entity
public class ApiToken {

    /** Writing last-used on every request would turn each API read into a write; once a minute is enough. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Column(updatable = false)
    private long userId;

    private String name;

    @Column(updatable = false)
    private String tokenHash;

    private String tokenPrefix;

    private Instant createdAt;

    private @Nullable Instant expiresAt;

    private @Nullable Instant lastUsedAt;

    private @Nullable Instant revokedAt;

    protected ApiToken() {}

    public ApiToken(
            long tenantId,
            long userId,
            String name,
            String tokenHash,
            String tokenPrefix,
            Instant now,
            @Nullable Instant expiresAt) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long userId() {
        return userId;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean touch(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String tokenHash() {
        return tokenHash;
    }

    public ApiTokenView view() {
        return new ApiTokenView(id, userId, name, tokenPrefix, createdAt, expiresAt, lastUsedAt, revokedAt);
    }
}
