package io.loopdesk.notification;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.notification.hook.TenantWebhook;
import io.loopdesk.notification.hook.TenantWebhookRepository;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.shared.timer.Timers;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * A tenant's own webhooks: its admins register URLs for the ticket events they want ({@link HookEvent}), get a
 * signing secret shown once, change them, draw a new secret, remove them, send a test event, read each one's latest
 * events with their delivery log and send a failed one again. Events are queued in the notification outbox in the
 * transaction of the change they tell of ({@link #tell}), then posted signed (Standard Webhooks) and retried with
 * backoff. Every change is audited.
 */
@Service
public class TenantWebhooks implements WebhookEndpoints {

    /** How a webhook recipient names a tenant webhook. */
    static final String ENDPOINT_PREFIX = "hook:";

    /** How many of a webhook's latest events its admins see. */
    static final int DELIVERIES_SHOWN = 30;

    /** The most webhooks one tenant keeps; each event is queued once per webhook. */
    static final int PER_TENANT = 20;

    private record Subscription(long webhookId, Set<HookEvent> events) {}

    /** Every ticket change asks who wants it; the answer is kept per tenant and forgotten on every node on a change. */
    private final Remembered<Long, List<Subscription>> subscriptions;

    private final TenantWebhookRepository webhooks;
    private final WebhookSecrets secrets;
    private final NotificationRepository notifications;
    private final Notifications outbox;
    private final Timers timers;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TenantWebhooks(
            TenantWebhookRepository webhooks,
            WebhookSecrets secrets,
            NotificationRepository notifications,
            Notifications outbox,
            Timers timers,
            ApplicationEventPublisher events,
            ObjectMapper json,
            ClusterSignals signals,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.subscriptions = Remembered.perTenant("tenant-webhooks", Duration.ofMinutes(10), signals);
        this.webhooks = webhooks;
        this.secrets = secrets;
        this.notifications = notifications;
        this.outbox = outbox;
        this.timers = timers;
        this.events = events;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public List<TenantWebhookView> list(Actor actor) {
        checkAdmin(actor);
        return inScope(
                actor,
                () -> webhooks.findAllByOrderByIdAsc().stream()
                        .map(TenantWebhook::view)
                        .toList());
    }

    /** Registers a webhook; its signing secret is in the answer this once. */
    public TenantWebhookSet create(
            String url, @Nullable String description, Collection<HookEvent> wanted, Actor actor) {
        checkAdmin(actor);
        String checkedUrl = checkedUrl(url);
        Set<HookEvent> checkedEvents = checkedEvents(wanted);
        String text = checkedDescription(description);
        return inScope(actor, () -> {
            if (webhooks.count() >= PER_TENANT) {
                throw TenantWebhookRefusedException.invalid(
                        "url", "webhook.tooMany", "A tenant keeps at most " + PER_TENANT + " webhooks.");
            }
            String secret = WebhookEndpoints.newSigningSecret();
            TenantWebhook webhook = webhooks.save(new TenantWebhook(
                    checkedUrl, text, checkedEvents, secrets.seal(secret), actor.userId(), clock.instant()));
            events.publishEvent(new Audited(actor.tenantId(), "webhook.created", checkedUrl, null, webhook.view()));
            subscriptions.forget(actor.tenantId());
            return new TenantWebhookSet(webhook.view(), secret);
        });
    }

    /** Changes where a webhook posts and what it is told of; the secret stays. */
    public TenantWebhookView change(
            long id, String url, @Nullable String description, Collection<HookEvent> wanted, Actor actor) {
        checkAdmin(actor);
        String checkedUrl = checkedUrl(url);
        Set<HookEvent> checkedEvents = checkedEvents(wanted);
        String text = checkedDescription(description);
        return inScope(actor, () -> {
            TenantWebhook webhook = existing(id);
            TenantWebhookView before = webhook.view();
            webhook.change(checkedUrl, text, checkedEvents, clock.instant());
            events.publishEvent(new Audited(actor.tenantId(), "webhook.changed", checkedUrl, before, webhook.view()));
            subscriptions.forget(actor.tenantId());
            return webhook.view();
        });
    }

    /** Gives a webhook a new signing secret, shown this once; the old one signs nothing more, retries included. */
    public TenantWebhookSet newSecret(long id, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> {
            TenantWebhook webhook = existing(id);
            String secret = WebhookEndpoints.newSigningSecret();
            webhook.newSecret(secrets.seal(secret), clock.instant());
            events.publishEvent(Audited.of(actor.tenantId(), "webhook.secret.rotated", webhook.url()));
            return new TenantWebhookSet(webhook.view(), secret);
        });
    }

    /** Removes a webhook; its events still queued are given up. */
    public void remove(long id, Actor actor) {
        checkAdmin(actor);
        inScope(actor, () -> {
            TenantWebhook webhook = existing(id);
            webhooks.delete(webhook);
            events.publishEvent(new Audited(actor.tenantId(), "webhook.removed", webhook.url(), webhook.view(), null));
            subscriptions.forget(actor.tenantId());
            return null;
        });
    }

    /** Queues a {@code ping} event for the receiver's developers to check they receive and verify events. */
    public long test(long id, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> {
            TenantWebhook webhook = existing(id);
            return queue(actor.tenantId(), webhook.id(), "ping", Map.of("webhookId", webhook.id()), null);
        });
    }

    /** The webhook's latest events, newest first, each with how its delivery went. */
    public List<NotificationView> deliveries(long id, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> {
            TenantWebhook webhook = existing(id);
            return outbox.latestTo(new Recipient.Webhook(ENDPOINT_PREFIX + webhook.id()), DELIVERIES_SHOWN);
        });
    }

    /**
     * Sends one of the webhook's events again, as it was (the same {@code webhook-id}, so a receiver that has it
     * drops it): for an event given up, or one the receiver lost. One that is still being tried is left to its
     * retries.
     */
    public void redeliver(long id, long notificationId, Actor actor) {
        checkAdmin(actor);
        inScope(actor, () -> {
            TenantWebhook webhook = existing(id);
            Notification event = notifications
                    .findById(notificationId)
                    .filter(n -> n.channel() == NotificationChannel.WEBHOOK
                            && n.address().equals(ENDPOINT_PREFIX + webhook.id()))
                    .orElseThrow(() -> TenantWebhookRefusedException.notDelivery(notificationId));
            if (!event.isPending()) {
                event.again(clock.instant());
                timers.schedule(
                        DeliveryTimer.TASK,
                        new DeliveryKey(event.tenantId(), event.id()).instanceId(),
                        clock.instant());
                events.publishEvent(
                        Audited.of(actor.tenantId(), "webhook.redelivered", webhook.url() + " msg_" + event.id()));
            }
            return null;
        });
    }

    /**
     * Queues {@code event} about a ticket for every webhook of the tenant that wants it, in the caller's transaction
     * (no change without its event, no event without its change).
     */
    public void tell(long tenantId, HookEvent event, Map<String, Object> data, @Nullable String ticketNumber) {
        List<Subscription> wanting = subscriptions.get(
                tenantId,
                id -> TenantScope.inTenant(
                        id,
                        () -> webhooks.findAllByOrderByIdAsc().stream()
                                .map(w -> new Subscription(w.id(), w.events()))
                                .toList()));
        for (Subscription subscription : wanting) {
            if (subscription.events().contains(event)) {
                queue(tenantId, subscription.webhookId(), event.type(), data, ticketNumber);
            }
        }
    }

    /**
     * Queues an event of {@code type} about a ticket for one webhook of the tenant, whatever events it asked for: an
     * automation's call. Refused ({@code NOT_FOUND}) when the tenant has no such webhook.
     */
    public long call(long tenantId, long webhookId, String type, Map<String, Object> data, String ticketNumber) {
        boolean known = subscriptions(tenantId).stream().anyMatch(s -> s.webhookId() == webhookId);
        if (!known) {
            throw TenantWebhookRefusedException.unknown(webhookId);
        }
        return queue(tenantId, webhookId, type, data, ticketNumber);
    }

    /**
     * Whether any webhook of the tenant wants {@code event}: asked before an event's data is gathered, since most
     * ticket changes of most tenants are told to nobody.
     */
    public boolean wanted(long tenantId, HookEvent event) {
        return subscriptions(tenantId).stream().anyMatch(s -> s.events().contains(event));
    }

    private List<Subscription> subscriptions(long tenantId) {
        return subscriptions.get(
                tenantId,
                id -> TenantScope.inTenant(
                        id,
                        () -> webhooks.findAllByOrderByIdAsc().stream()
                                .map(w -> new Subscription(w.id(), w.events()))
                                .toList()));
    }

    @Override
    public Optional<Endpoint> resolve(long tenantId, String name) {
        if (!name.startsWith(ENDPOINT_PREFIX)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(name.substring(ENDPOINT_PREFIX.length()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> webhooks.findById(id)
                        .map(w -> new Endpoint(URI.create(w.url()), secrets.open(w.sealedSecret())))));
    }

    private long queue(
            long tenantId, long webhookId, String type, Map<String, Object> data, @Nullable String ticketNumber) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("timestamp", clock.instant().toString());
        event.put("data", data);
        return outbox.send(NotificationRequest.now(
                tenantId,
                new Recipient.Webhook(ENDPOINT_PREFIX + webhookId),
                null,
                Phrase.verbatim(json.writeValueAsString(event)),
                ticketNumber));
    }

    private TenantWebhook existing(long id) {
        return webhooks.findById(id).orElseThrow(() -> TenantWebhookRefusedException.unknown(id));
    }

    private static void checkAdmin(Actor actor) {
        if (!actor.has(Role.TENANT_ADMIN) && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw TenantWebhookRefusedException.forbidden();
        }
    }

    private static String checkedUrl(@Nullable String url) {
        if (url == null || !WebhookEndpoints.isUsableUrl(url)) {
            throw TenantWebhookRefusedException.invalid(
                    "url",
                    "webhook.url.invalid",
                    "A webhook URL is an http:// or https:// address with a host, at most 500 characters, without a"
                            + " user name, password or #fragment.");
        }
        return url.strip();
    }

    private static Set<HookEvent> checkedEvents(@Nullable Collection<HookEvent> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            throw TenantWebhookRefusedException.invalid(
                    "events", "webhook.events.required", "Choose at least one event for the webhook.");
        }
        return Set.copyOf(wanted);
    }

    private static @Nullable String checkedDescription(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > 200) {
            throw TenantWebhookRefusedException.invalid(
                    "description", "webhook.description.long", "A webhook's description is at most 200 characters.");
        }
        return description.strip();
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
