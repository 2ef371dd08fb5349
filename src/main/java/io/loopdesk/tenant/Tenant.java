package io.loopdesk.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A brand or service provider with its own desk, users and tickets. */
@Entity
class Tenant {

    /** Tenant codes appear in URLs and logs: lower-case letters, digits and dashes. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_seq")
    @SequenceGenerator(name = "tenant_seq", sequenceName = "tenant_seq", allocationSize = 50)
    private Long id;

    @Column(updatable = false)
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    private String timeZone;

    private String defaultLocale;

    private Instant createdAt;

    private @Nullable Instant suspendedAt;

    private @Nullable String suspensionReason;

    private String hostedChannels = "";

    private String serviceRegions = "";

    private String replyStrategy = "";

    private @Nullable Instant hostingAuthorisedAt;

    private @Nullable String hostingAuthorisation;

    protected Tenant() {}

    Tenant(String code, String name, Plan plan, ZoneId timeZone, Locale defaultLocale, Instant createdAt) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "Tenant code must be 2-40 lower-case letters, digits or dashes: " + code);
        }
        this.code = code;
        this.name = name;
        this.plan = plan;
        this.timeZone = timeZone.getId();
        this.defaultLocale = defaultLocale.toLanguageTag();
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Plan plan() {
        return plan;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLocale);
    }

    public Instant createdAt() {
        return createdAt;
    }

    void change(TenantSettings settings) {
        this.name = settings.name();
        this.plan = settings.plan();
        this.timeZone = settings.timeZone().getId();
        this.defaultLocale = settings.defaultLocale().toLanguageTag();
    }

    void suspend(String reason, Instant now) {
        this.suspendedAt = now;
        this.suspensionReason = reason;
    }

    void reactivate() {
        this.suspendedAt = null;
        this.suspensionReason = null;
    }

    void host(HostingProfile profile) {
        this.hostedChannels =
                profile.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.serviceRegions = profile.regions();
        this.replyStrategy = profile.replyStrategy();
    }

    HostingProfile hosting() {
        EnumSet<HostedChannel> channels = EnumSet.noneOf(HostedChannel.class);
        Arrays.stream(hostedChannels.split(","))
                .filter(name -> !name.isEmpty())
                .forEach(name -> channels.add(HostedChannel.valueOf(name)));
        return new HostingProfile(channels, serviceRegions, replyStrategy);
    }

    void authoriseHosting(String reference, Instant now) {
        this.hostingAuthorisedAt = now;
        this.hostingAuthorisation = reference;
    }

    void revokeHosting() {
        this.hostingAuthorisedAt = null;
        this.hostingAuthorisation = null;
    }

    boolean suspended() {
        return suspendedAt != null;
    }

    TenantSettings settings() {
        return new TenantSettings(name, plan, timeZone(), defaultLocale());
    }

    TenantInfo info() {
        HostingAuthorisation authorisation = hostingAuthorisedAt == null || hostingAuthorisation == null
                ? null
                : new HostingAuthorisation(hostingAuthorisedAt, hostingAuthorisation);
        return new TenantInfo(
                id, code, name, plan, timeZone(), defaultLocale(), suspendedAt, suspensionReason, authorisation);
    }
}
