package io.loopdesk.chat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A chat nobody has answered within the tenant's time goes to its supervisors (and tenant admins): they are told in
 * the app and by e-mail, and the consoles mark the chat, so someone takes it before the visitor gives up.
 */
@Service
class UnansweredChats {

    private final ChatRepository chats;
    private final ChatRouting routing;
    private final UserAccounts users;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    UnansweredChats(
            ChatRepository chats,
            ChatRouting routing,
            UserAccounts users,
            Notifications notifications,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.chats = chats;
        this.routing = routing;
        this.users = users;
        this.notifications = notifications;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Escalates chat {@code chatId} if it is still unanswered; a routing pass first, in case one was lost. */
    void check(long tenantId, long chatId) {
        routing.route(tenantId);
        Optional<ChatView> escalated = TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> chats.findById(chatId)
                        .filter(Chat::unanswered)
                        .map(chat -> {
                            chat.escalated(clock.instant());
                            ChatView view = chat.view();
                            long minutes = Math.max(
                                    1,
                                    java.time.Duration.between(chat.startedAt(), clock.instant())
                                            .toMinutes());
                            Object[] args = {view.visitorName(), minutes, view.id()};
                            notifications.sendToStaff(
                                    tenantId,
                                    users.withAnyRole(tenantId, Set.of(Role.SUPERVISOR, Role.TENANT_ADMIN)),
                                    Phrase.of("chat.unanswered.subject", args),
                                    Phrase.of("chat.unanswered.body", args),
                                    null,
                                    null);
                            return view;
                        })));
        escalated.ifPresent(chat -> events.publishEvent(new ChatChanged(chat)));
    }
}
