package io.loopdesk.intake.feedback;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.IntakeProperties;
import io.loopdesk.shared.AccessKey;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The apps of a tenant that may submit feedback, and their keys. Tenant admins register an app (its key is shown
 * once), rotate its key (the old one stops at once) and revoke it. Checking a presented key is a hash and an
 * indexed lookup, remembered per node for {@code loopdesk.intake.app-key-cache-ttl}.
 */
@Service
public class FeedbackApps {

    /** What every app key starts with. */
    static final String APP_KEY = "lda_";

    private final ApplicationEventPublisher events;
    private final FeedbackAppRepository apps;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Remembered<String, AppIdentity> recent;

    FeedbackApps(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            FeedbackAppRepository apps,
            PlatformTransactionManager transactionManager,
            IntakeProperties properties,
            Clock clock) {
        this.events = events;
        this.apps = apps;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.recent = Remembered.create("app-keys", properties.appKeyCacheTtl(), 100_000, key -> key, signals);
    }

    /** Registers an app in the admin's tenant; the answer carries its key, shown this once. */
    public IssuedAppKey register(String name, @Nullable String product, Actor actor) {
        checkAdmin(actor);
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new FeedbackAppException(
                    "name", "feedback-app.name.invalid", "An app needs a name of 1-100 characters.");
        }
        String cleanProduct = product == null || product.isBlank() ? null : product.strip();
        if (cleanProduct != null && cleanProduct.length() > 200) {
            throw new FeedbackAppException(
                    "product", "feedback-app.product.too-long", "The product must not be longer than 200 characters.");
        }
        AccessKey key = AccessKey.generate(APP_KEY);
        FeedbackApp app = inScope(actor, () -> {
            FeedbackApp saved = apps.save(
                    new FeedbackApp(actor.tenantId(), cleanName, cleanProduct, key, actor.userId(), clock.instant()));
            events.publishEvent(new Audited(actor.tenantId(), "app.registered", cleanName, null, saved.view()));
            return saved;
        });
        return new IssuedAppKey(app.view(), key.secret());
    }

    /** Gives the app a new key, shown this once; the old key stops working at once on this node. */
    public IssuedAppKey rotate(long appId, Actor actor) {
        checkAdmin(actor);
        AccessKey key = AccessKey.generate(APP_KEY);
        String[] oldHash = new String[1];
        FeedbackApp app = inScope(actor, () -> {
            FeedbackApp found = apps.existing(appId);
            oldHash[0] = found.keyHash();
            recent.forget(found.keyHash());
            found.rotate(key, clock.instant());
            events.publishEvent(
                    Audited.of(found.tenantId(), "app.key.rotated", found.view().name()));
            return found;
        });
        return new IssuedAppKey(app.view(), key.secret());
    }

    /** Retires the app: its key stops working at once on this node. */
    public FeedbackAppView revoke(long appId, Actor actor) {
        checkAdmin(actor);
        FeedbackApp app = inScope(actor, () -> {
            FeedbackApp found = apps.existing(appId);
            recent.forget(found.keyHash());
            found.revoke(clock.instant());
            events.publishEvent(
                    new Audited(found.tenantId(), "app.revoked", found.view().name(), null, found.view()));
            return found;
        });
        return app.view();
    }

    /** The tenant's apps, by name, for a view of its channels (no person's rights involved). */
    public List<FeedbackAppView> ofTenant(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> apps.findAllByOrderByNameAscIdAsc().stream()
                        .map(FeedbackApp::view)
                        .toList()));
    }

    /** The apps the admin's scope sees, by name. */
    public List<FeedbackAppView> list(Actor actor) {
        checkAdmin(actor);
        return inScope(
                actor,
                () -> apps.findAllByOrderByNameAscIdAsc().stream()
                        .map(FeedbackApp::view)
                        .toList());
    }

    /** One app of the admin's scope; another tenant's is "not found". */
    public FeedbackAppView get(long appId, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> apps.existing(appId).view());
    }

    /** The app a presented key belongs to, if the key is current and the app not revoked. */
    public Optional<AppIdentity> authenticate(String presented) {
        if (!AccessKey.plausible(APP_KEY, presented)) {
            return Optional.empty();
        }
        String hash = AccessKey.hashOf(presented);
        AppIdentity cached = recent.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AppIdentity> app = TenantScope.asSystem(() -> transactions.execute(status -> {
            Instant now = clock.instant();
            return apps.findByKeyHash(hash).filter(FeedbackApp::active).map(found -> {
                apps.markUsed(found.id(), now, now.minus(FeedbackApp.LAST_USED_GRANULARITY));
                return found.identity();
            });
        }));
        app.ifPresent(identity -> recent.put(hash, identity));
        return app;
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }

    /** Refuses anyone but a tenant admin or platform operator. */
    static void checkAdmin(Actor actor) {
        if (!actor.has(Role.TENANT_ADMIN) && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw new FeedbackAppException(
                    DomainException.Kind.FORBIDDEN,
                    "error.feedback-app.forbidden",
                    "Only tenant admins manage the apps that submit feedback.");
        }
    }
}
