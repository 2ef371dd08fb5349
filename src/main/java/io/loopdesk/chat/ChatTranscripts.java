package io.loopdesk.chat;

import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails an ended chat's transcript to its visitor, through the notification outbox like every message Loopdesk sends.
 * The visitor proves the chat is theirs with its token; a chat gets at most {@link #MOST} such mails, so the form
 * cannot be used to send mail to strangers.
 */
@Service
public class ChatTranscripts {

    static final int MOST = 3;

    /** What fits in one notification with room for its greeting; a longer chat is cut, the whole kept on its ticket. */
    private static final int MAIL_TEXT = 9_000;

    private final Chats chats;
    private final ChatRepository repository;
    private final Tenants tenants;
    private final Notifications notifications;
    private final TransactionTemplate transactions;

    ChatTranscripts(
            Chats chats,
            ChatRepository repository,
            Tenants tenants,
            Notifications notifications,
            PlatformTransactionManager transactionManager) {
        this.chats = chats;
        this.repository = repository;
        this.tenants = tenants;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Queues the transcript of the ended chat the token opens, to {@code address}, in {@code language}. */
    public void mail(@Nullable String token, @Nullable String address, Locale language) {
        ChatView chat = chats.visitorChat(token).orElseThrow(ChatRefusedException::unknownToken);
        Recipient.Email to;
        try {
            to = new Recipient.Email(address == null ? "" : address);
        } catch (IllegalArgumentException notAnAddress) {
            throw new ChatRefusedException(
                    Kind.INVALID, "error.chat.transcript.email", "Not an e-mail address.", String.valueOf(address));
        }
        if (chat.status() != ChatStatus.CLOSED) {
            throw new ChatRefusedException(
                    Kind.CONFLICT, "error.chat.transcript.open", "The transcript is sent once the chat has ended.");
        }
        TenantInfo tenant = tenants.byId(chat.tenantId()).orElseThrow();
        TenantScope.inTenant(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    Chat row =
                            repository.findById(chat.id()).orElseThrow(() -> ChatRefusedException.notFound(chat.id()));
                    if (!row.mailTranscript(MOST)) {
                        throw new ChatRefusedException(
                                Kind.CONFLICT,
                                "error.chat.transcript.tooMany",
                                "This chat's transcript was sent " + MOST + " times already.",
                                MOST);
                    }
                    notifications.send(NotificationRequest.now(
                                    tenant.id(),
                                    to,
                                    Phrase.of("chat.transcript.subject", tenant.name()),
                                    Phrase.of("chat.transcript.body", tenant.name(), text(chat, tenant.timeZone())),
                                    chat.ticketNumber())
                            .in(language));
                }));
    }

    private String text(ChatView chat, ZoneId zone) {
        List<ChatLine> lines = chats.since(chat.id(), 0);
        String text = String.join("", Transcript.of(chat, lines, zone).parts());
        return text.length() <= MAIL_TEXT ? text : text.substring(0, MAIL_TEXT) + "\n…";
    }
}
