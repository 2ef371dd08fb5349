package io.loopdesk.notification.hook;

import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.TenantWebhookView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A webhook a tenant admin registered for some of the tenant's ticket events; its secret is kept sealed. */
@Entity
public class TenantWebhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_webhook_seq")
    @SequenceGenerator(name = "tenant_webhook_seq", sequenceName = "tenant_webhook_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String url;

    private @Nullable String description;

    /** The chosen events' names, comma-separated. */
    private String events;

    /** Sealed with the webhook key, never in clear. */
    private String secret;

    private @Nullable Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private int version;

    protected TenantWebhook() {}

    public TenantWebhook(
            String url,
            @Nullable String description,
            Set<HookEvent> events,
            String sealedSecret,
            @Nullable Long createdBy,
            Instant now) {
        change(url, description, events, now);
        this.secret = sealedSecret;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void change(String url, @Nullable String description, Set<HookEvent> events, Instant now) {
        this.url = url;
        this.description = description;
        this.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    public void newSecret(String sealedSecret, Instant now) {
        this.secret = sealedSecret;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String sealedSecret() {
        return secret;
    }

    public Set<HookEvent> events() {
        Set<HookEvent> chosen = EnumSet.noneOf(HookEvent.class);
        Arrays.stream(events.split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> HookEvent.named(name).ifPresent(chosen::add));
        return chosen;
    }

    public boolean wants(HookEvent event) {
        return events().contains(event);
    }

    public TenantWebhookView view() {
        return new TenantWebhookView(id, url, description, events(), createdAt);
    }
}
