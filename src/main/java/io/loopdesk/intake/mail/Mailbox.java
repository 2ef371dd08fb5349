package io.loopdesk.intake.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's support mailbox: where to read mail, where replies go out, and how reading it has been going. Updates
 * write only what changed, because reading health and leases are written by the readers themselves (MailboxHealth).
 */
@Entity
@DynamicUpdate
public class Mailbox {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_seq")
    @SequenceGenerator(name = "mailbox_seq", sequenceName = "mailbox_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;
    private String address;

    @Enumerated(EnumType.STRING)
    private MailProtocol protocol;

    private String host;
    private int port;
    private String username;
    private String secret;
    private String folder;
    private String smtpHost;
    private int smtpPort;

    @Enumerated(EnumType.STRING)
    private SmtpSecurity smtpSecurity;

    private @Nullable String smtpUsername;
    private @Nullable String smtpSecret;
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    private MailboxStatus status;

    private @Nullable String lastError;
    private @Nullable Instant lastPolledAt;
    private @Nullable Instant lastSuccessAt;
    private @Nullable Instant failingSince;
    private @Nullable Instant alertedAt;
    private @Nullable String leaseOwner;
    private @Nullable Instant leaseUntil;
    private @Nullable Boolean idleSupported;

    @Version
    private int version;

    protected Mailbox() {}

    Mailbox(long tenantId, MailboxSettings settings, String secret, @Nullable String smtpSecret) {
        this.tenantId = tenantId;
        this.status = MailboxStatus.NEW;
        change(settings, secret, smtpSecret);
    }

    void change(MailboxSettings settings, String newSecret, @Nullable String newSmtpSecret) {
        this.name = settings.name().strip();
        this.address = normalised(settings.address());
        this.protocol = settings.protocol();
        this.host = settings.host().strip();
        this.port = settings.port();
        this.username = settings.username().strip();
        this.secret = newSecret;
        this.folder = settings.folder();
        this.smtpHost = settings.smtpHost().strip();
        this.smtpPort = settings.smtpPort();
        this.smtpSecurity = settings.smtpSecurity();
        this.smtpUsername =
                settings.smtpUsername() == null || settings.smtpUsername().isBlank()
                        ? null
                        : settings.smtpUsername().strip();
        this.smtpSecret = newSmtpSecret;
        this.enabled = settings.enabled();
        this.idleSupported = null; // another server may offer IDLE: find out again
        if (!enabled) {
            status = MailboxStatus.DISABLED;
        } else if (status == MailboxStatus.DISABLED) {
            status = MailboxStatus.NEW;
        }
    }

    /** Addresses are compared and kept in lower case, so one mailbox per address whatever its spelling. */
    static String normalised(String address) {
        return address.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String secret() {
        return secret;
    }

    @Nullable
    public String smtpSecret() {
        return smtpSecret;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether the server offers IMAP IDLE; null until a watcher has tried. */
    @Nullable
    public Boolean idleSupported() {
        return idleSupported;
    }

    public MailboxView view() {
        return new MailboxView(
                id,
                tenantId,
                name,
                address,
                protocol,
                host,
                port,
                username,
                folder,
                smtpHost,
                smtpPort,
                smtpSecurity,
                smtpUsername,
                enabled,
                status,
                lastError,
                lastPolledAt,
                lastSuccessAt,
                failingSince,
                idleSupported);
    }
}
