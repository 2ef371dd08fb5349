package io.loopdesk.chat;

import io.loopdesk.ticket.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One message of a chat; never changed. */
@Entity
@Table(name = "chat_message")
class ChatMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_message_seq")
    @SequenceGenerator(name = "chat_message_seq", sequenceName = "chat_message_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long chatId;
    private int seq;
    private @Nullable String clientId;

    @Enumerated(EnumType.STRING)
    private ChatAuthor author;

    private String authorName;
    private String body;
    private Instant sentAt;
    private @Nullable String storageKey;
    private @Nullable String fileType;
    private @Nullable Long fileSize;

    protected ChatMessage() {}

    ChatMessage(
            long tenantId,
            long chatId,
            int seq,
            @Nullable String clientId,
            ChatAuthor author,
            String authorName,
            String body,
            Instant sentAt) {
        this.tenantId = tenantId;
        this.chatId = chatId;
        this.seq = seq;
        this.clientId = clientId;
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.sentAt = sentAt;
    }

    /** A screenshot: the message is the file, its body the file's name as stored. */
    ChatMessage withFile(StoredFile file) {
        body = file.name();
        storageKey = file.key();
        fileType = file.mediaType();
        fileSize = file.size();
        return this;
    }

    @Nullable
    String storageKey() {
        return storageKey;
    }

    ChatLine line() {
        return new ChatLine(
                chatId,
                seq,
                clientId,
                author,
                authorName,
                body,
                sentAt,
                fileType == null || fileSize == null ? null : new ChatLine.File(fileType, fileSize));
    }
}
