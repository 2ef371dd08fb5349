package io.loopdesk.intake.feedback;

import io.loopdesk.shared.AccessKey;
import io.loopdesk.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A brand's app that may submit feedback, with its key. Only the key's SHA-256 is kept; rotating replaces it (the
 * old key stops working at once), revoking retires the app.
 */
@Entity
class FeedbackApp {

    /** Writing last-used on every submission would double the writes; once a minute is enough. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_app_seq")
    @SequenceGenerator(name = "feedback_app_seq", sequenceName = "feedback_app_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    private @Nullable String product;

    private String keyHash;

    private String keyPrefix;

    private @Nullable Long createdBy;

    private Instant createdAt;

    private @Nullable Instant rotatedAt;

    private @Nullable Instant revokedAt;

    private @Nullable Instant lastUsedAt;

    private @Nullable String webhookUrl;

    /** Sealed with the webhook key ({@link io.loopdesk.notification.WebhookSecrets}), never in clear. */
    private @Nullable String webhookSecret;

    private @Nullable Instant webhookSetAt;

    @Version
    private int version;

    protected FeedbackApp() {}

    FeedbackApp(
            long tenantId,
            String name,
            @Nullable String product,
            AccessKey key,
            @Nullable Long createdBy,
            Instant now) {
        this.tenantId = tenantId;
        this.name = name;
        this.product = product;
        this.keyHash = key.hash();
        this.keyPrefix = key.shown();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long tenantId() {
        return tenantId;
    }

    String keyHash() {
        return keyHash;
    }

    boolean active() {
        return revokedAt == null;
    }

    void rotate(AccessKey key, Instant now) {
        checkActive();
        keyHash = key.hash();
        keyPrefix = key.shown();
        rotatedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Posts the app's ticket events to {@code url} from now on, signed with the sealed secret; a secret of
     * {@code null} keeps the one it has.
     */
    void webhook(String url, @Nullable String sealedSecret, Instant now) {
        checkActive();
        if (sealedSecret == null && webhookSecret == null) {
            throw new IllegalStateException("A first webhook needs its signing secret");
        }
        webhookUrl = url;
        if (sealedSecret != null) {
            webhookSecret = sealedSecret;
        }
        webhookSetAt = now;
    }

    private void checkActive() {
        if (!active()) {
            throw new FeedbackAppException(
                    DomainException.Kind.CONFLICT,
                    "error.feedback-app.revoked",
                    "The app " + name + " was revoked; register it again for a new key.",
                    name);
        }
    }

    /** Stops posting the app's ticket events; the secret goes with the URL. */
    void removeWebhook(Instant now) {
        webhookUrl = null;
        webhookSecret = null;
        webhookSetAt = now;
    }

    boolean hasWebhook() {
        return webhookUrl != null;
    }

    @Nullable
    String webhookUrl() {
        return webhookUrl;
    }

    @Nullable
    String sealedWebhookSecret() {
        return webhookSecret;
    }

    AppIdentity identity() {
        return new AppIdentity(id, tenantId, name, product);
    }

    FeedbackAppView view() {
        return new FeedbackAppView(
                id,
                name,
                product,
                keyPrefix,
                createdAt,
                rotatedAt,
                revokedAt,
                lastUsedAt,
                revokedAt == null,
                webhookUrl,
                webhookSetAt);
    }
}
