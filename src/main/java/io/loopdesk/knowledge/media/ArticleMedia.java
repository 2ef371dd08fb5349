package io.loopdesk.knowledge.media;

import io.loopdesk.ticket.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An image or a video an editor uploaded for the help centre. Its address carries a random token, not its id, so
 * nobody can walk through a tenant's files by counting; the bytes are in the attachment store.
 */
@Entity
@Immutable
@Table(name = "kb_media")
class ArticleMedia {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_media_seq")
    @SequenceGenerator(name = "kb_media_seq", sequenceName = "kb_media_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String token;

    private String storeKey;

    private String name;

    private String mediaType;

    private long sizeBytes;

    private String sha256;

    private @Nullable Long uploadedBy;

    private Instant uploadedAt;

    protected ArticleMedia() {}

    ArticleMedia(long tenantId, StoredFile file, @Nullable Long uploadedBy, Instant uploadedAt) {
        this.tenantId = tenantId;
        this.token = UUID.randomUUID().toString();
        this.storeKey = file.key();
        this.name = file.name();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long id() {
        return id;
    }

    String storeKey() {
        return storeKey;
    }

    MediaView view() {
        return new MediaView(id, token, name, mediaType, sizeBytes, uploadedAt);
    }
}
