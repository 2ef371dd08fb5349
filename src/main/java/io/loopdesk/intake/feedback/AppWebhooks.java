package io.loopdesk.intake.feedback;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.notification.WebhookEndpoints;
import io.loopdesk.notification.WebhookSecrets;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhooks of a tenant's apps: a tenant admin gives an app a URL to be told of its users' tickets changing
 * ({@link AppWebhookEvents}), gets a signing secret shown once, changes the URL (the secret stays), draws a new
 * secret (the old one stops signing at once), removes the webhook, and sends a test event. The secret is kept
 * encrypted; the outbox resolves an app's webhook here each time it posts, so every change applies to retries too.
 */
@Service
public class AppWebhooks implements WebhookEndpoints {

    /** How many of an app's latest webhook events its admins see. */
    static final int DELIVERIES_SHOWN = 20;

    private final FeedbackAppRepository apps;
    private final AppWebhookEvents webhookEvents;
    private final Notifications notifications;
    private final WebhookSecrets cipher;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AppWebhooks(
            FeedbackAppRepository apps,
            AppWebhookEvents webhookEvents,
            Notifications notifications,
            WebhookSecrets cipher,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.apps = apps;
        this.webhookEvents = webhookEvents;
        this.notifications = notifications;
        this.cipher = cipher;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Posts the app's ticket events to {@code url} from now on. A first webhook comes with a new signing secret,
     * in the answer this once; a changed URL keeps the secret the app has.
     */
    public WebhookSet set(long appId, String url, Actor actor) {
        FeedbackApps.checkAdmin(actor);
        String checked = checkedUrl(url);
        return inScope(actor, () -> {
            FeedbackApp app = apps.existing(appId);
            FeedbackAppView before = app.view();
            String secret = app.hasWebhook() ? null : WebhookEndpoints.newSigningSecret();
            app.webhook(checked, secret == null ? null : cipher.seal(secret), clock.instant());
            events.publishEvent(new Audited(app.tenantId(), "app.webhook.set", before.name(), before, app.view()));
            return new WebhookSet(app.view(), secret);
        });
    }

    /** Gives the app's webhook a new signing secret, shown this once; the old one signs nothing more. */
    public WebhookSet newSecret(long appId, Actor actor) {
        FeedbackApps.checkAdmin(actor);
        return inScope(actor, () -> {
            FeedbackApp app = withWebhook(appId);
            String secret = WebhookEndpoints.newSigningSecret();
            app.webhook(app.webhookUrl(), cipher.seal(secret), clock.instant());
            events.publishEvent(Audited.of(
                    app.tenantId(), "app.webhook.secret.rotated", app.view().name()));
            return new WebhookSet(app.view(), secret);
        });
    }

    /** Stops telling the app; events already queued for it are given up. */
    public FeedbackAppView remove(long appId, Actor actor) {
        FeedbackApps.checkAdmin(actor);
        return inScope(actor, () -> {
            FeedbackApp app = apps.existing(appId);
            FeedbackAppView before = app.view();
            app.removeWebhook(clock.instant());
            events.publishEvent(new Audited(app.tenantId(), "app.webhook.removed", before.name(), before, app.view()));
            return app.view();
        });
    }

    /**
     * Queues a {@code ping} event to the app's webhook, for its developers to check that they receive and verify
     * events; returns the notification whose delivery log shows the outcome.
     */
    public long test(long appId, Actor actor) {
        FeedbackApps.checkAdmin(actor);
        return inScope(actor, () -> {
            FeedbackApp app = withWebhook(appId);
            return webhookEvents.tell(
                    app.tenantId(), app.id(), "ping", Map.of("app", app.view().name()), null);
        });
    }

    /** The latest events posted to the app's webhook, newest first, with how their delivery went. */
    public List<NotificationView> deliveries(long appId, Actor actor) {
        FeedbackApps.checkAdmin(actor);
        return inScope(actor, () -> {
            FeedbackApp app = apps.existing(appId);
            return notifications.latestTo(
                    new Recipient.Webhook(AppWebhookEvents.ENDPOINT_PREFIX + app.id()), DELIVERIES_SHOWN);
        });
    }

    @Override
    public Optional<Endpoint> resolve(long tenantId, String name) {
        if (!name.startsWith(AppWebhookEvents.ENDPOINT_PREFIX)) {
            return Optional.empty();
        }
        long appId;
        try {
            appId = Long.parseLong(name.substring(AppWebhookEvents.ENDPOINT_PREFIX.length()));
        } catch (NumberFormatException notAnApp) {
            return Optional.empty();
        }
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> apps.findById(appId)
                        .filter(app -> app.active() && app.hasWebhook())
                        .map(app ->
                                new Endpoint(URI.create(app.webhookUrl()), cipher.open(app.sealedWebhookSecret())))));
    }

    private FeedbackApp withWebhook(long appId) {
        FeedbackApp app = apps.existing(appId);
        if (!app.hasWebhook()) {
            throw new FeedbackAppException(
                    DomainException.Kind.CONFLICT,
                    "error.feedback-app.webhook.none",
                    "The app " + app.view().name() + " has no webhook; set its URL first.",
                    app.view().name());
        }
        return app;
    }

    /** An absolute http(s) URL with a host and no password in it (it is kept in clear and shown to admins). */
    static String checkedUrl(String url) {
        if (!WebhookEndpoints.isUsableUrl(url)) {
            throw new FeedbackAppException(
                    "url",
                    "feedback-app.webhook.url.invalid",
                    "A webhook URL is an http:// or https:// address with a host, at most 500 characters, without a"
                            + " user name, password or #fragment.");
        }
        return url.strip();
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
