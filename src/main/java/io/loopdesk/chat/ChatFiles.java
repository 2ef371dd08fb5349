package io.loopdesk.chat;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.CheckedFiles;
import io.loopdesk.ticket.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screenshots in a chat: a picture sent by either side becomes a message of its own, checked like every attachment
 * (its type read from its bytes, pictures only, at most {@link Chats#MAX_SCREENSHOT}), stored in the file store, and
 * fetched by the chat's participants by its number; when the chat ends they go onto its ticket with the transcript.
 */
@Service
public class ChatFiles {

    private final Chats chats;
    private final ChatMessageRepository messages;
    private final CheckedFiles files;
    private final TransactionTemplate transactions;

    ChatFiles(
            Chats chats,
            ChatMessageRepository messages,
            CheckedFiles files,
            PlatformTransactionManager transactionManager) {
        this.chats = chats;
        this.messages = messages;
        this.files = files;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A screenshot from the visitor of chat {@code chatId} of the current tenant. */
    public ChatLine fromVisitor(long chatId, @Nullable String clientId, Upload upload) {
        return chats.write(chatId, clientId, ChatAuthor.VISITOR, null, upload.filename(), upload)
                .line();
    }

    /** A screenshot from an agent; like a message, the first one joins the agent to a chat nobody has. */
    public Chats.Written fromAgent(long chatId, Actor agent, @Nullable String clientId, Upload upload) {
        return chats.write(chatId, clientId, ChatAuthor.AGENT, agent, upload.filename(), upload);
    }

    /** A screenshot of the current tenant's chat, by its message's number. */
    public record Download(String name, String type, long size, InputStream content) {}

    /** Opens screenshot {@code seq} of chat {@code chatId}; the caller closes it. */
    public Download open(long chatId, int seq) {
        ChatMessage message = transactions.execute(status -> messages.findByChatIdAndSeq(chatId, seq)
                .filter(found -> found.storageKey() != null)
                .orElseThrow(() -> ChatRefusedException.notFound(chatId)));
        ChatLine line = message.line();
        try {
            return new Download(line.body(), line.file().type(), line.file().size(), files.open(message.storageKey()));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** The chat's screenshots as uploads, for its ticket. */
    List<Upload> all(long chatId) {
        return transactions.execute(status -> messages.findByChatIdAndStorageKeyNotNullOrderBySeq(chatId).stream()
                .map(message -> {
                    String key = message.storageKey();
                    return new Upload(message.line().body(), null, () -> files.open(key));
                })
                .toList());
    }
}
