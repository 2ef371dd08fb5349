package io.loopdesk.notification.mail;

import io.loopdesk.notification.EmailEnvelope;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The envelope of an e-mail notification that has one ({@link EmailEnvelope}); written with it, never changed. */
@Entity
@Table(name = "notification_email")
public class NotificationEmail {

    @Id
    private Long notificationId;

    @TenantId
    private Long tenantId;

    private @Nullable String messageId;

    private @Nullable String inReplyTo;

    private @Nullable String referencesIds;

    private @Nullable String route;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_attachment", joinColumns = @JoinColumn(name = "notification_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "reference")
    private List<String> attachments = new ArrayList<>();

    protected NotificationEmail() {}

    public NotificationEmail(long tenantId, long notificationId, EmailEnvelope envelope) {
        this.tenantId = tenantId;
        this.notificationId = notificationId;
        this.messageId = envelope.messageId();
        this.inReplyTo = envelope.inReplyTo();
        this.referencesIds = envelope.references().isEmpty() ? null : String.join(" ", envelope.references());
        this.route = envelope.route();
        this.attachments = new ArrayList<>(envelope.attachments());
    }

    public EmailEnvelope envelope() {
        return new EmailEnvelope(
                messageId,
                inReplyTo,
                referencesIds == null ? List.of() : Arrays.asList(referencesIds.split(" ")),
                route,
                attachments);
    }
}
