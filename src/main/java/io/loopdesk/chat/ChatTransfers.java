package io.loopdesk.chat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a chat to a colleague or to a team, with a note the agents see and the visitor does not. A colleague must be
 * on duty and have room under the chat cap (the same rule routing keeps, decided under the same lock); a team gets
 * the chat in its queue, where routing gives it to a member with room or it waits for one.
 */
@Service
public class ChatTransfers {

    /** The longest note a hand-over carries. */
    public static final int MAX_NOTE = 500;

    private final ChatRepository chats;
    private final ChatRouting routing;
    private final Presence presence;
    private final Teams teams;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChatTransfers(
            ChatRepository chats,
            ChatRouting routing,
            Presence presence,
            Teams teams,
            UserAccounts users,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.chats = chats;
        this.routing = routing;
        this.presence = presence;
        this.teams = teams;
        this.users = users;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Gives chat {@code chatId} of the current tenant to colleague {@code agentId}. */
    public ChatView toAgent(long chatId, long agentId, @Nullable String note, Actor by) {
        String text = note(note);
        long tenantId = TenantScope.current();
        AgentView colleague = presence.onDuty(tenantId).stream()
                .filter(agent -> agent.userId() == agentId)
                .findFirst()
                .orElseThrow(() -> new ChatRefusedException(
                        Kind.CONFLICT, "error.chat.transfer.offDuty", "That colleague is not on duty."));
        String name = users.byId(colleague.userId()).map(UserView::displayName).orElseThrow();
        ChatView chat = transactions.execute(status -> {
            ChatRules rules = routing.lockRules(tenantId);
            Chat open = open(chatId);
            if (Long.valueOf(agentId).equals(open.agentId())) {
                throw new ChatRefusedException(
                        Kind.CONFLICT, "error.chat.transfer.same", name + " has the chat already.", name);
            }
            if (chats.countByAgentIdAndStatus(agentId, ChatStatus.ACTIVE) >= rules.agentCap()) {
                throw new ChatRefusedException(
                        Kind.CONFLICT,
                        "error.chat.transfer.full",
                        name + " holds " + rules.agentCap() + " chats already.",
                        name,
                        rules.agentCap());
            }
            open.transferTo(agentId, name, text, by.name(), clock.instant());
            return open.view();
        });
        events.publishEvent(new ChatChanged(chat));
        routing.route(tenantId); // the seat it left frees for a waiting chat
        return chat;
    }

    /** Puts chat {@code chatId} of the current tenant in the queue of team {@code teamId}. */
    public ChatView toTeam(long chatId, long teamId, @Nullable String note, Actor by) {
        String text = note(note);
        long tenantId = TenantScope.current();
        if (!teams.teamsIn(tenantId).containsKey(teamId)) {
            throw new ChatRefusedException(
                    Kind.NOT_FOUND, "error.chat.transfer.team", "No team " + teamId + ".", teamId);
        }
        ChatView chat = transactions.execute(status -> {
            Chat open = open(chatId);
            open.transferToTeam(teamId, text, by.name());
            return open.view();
        });
        events.publishEvent(new ChatChanged(chat));
        routing.route(tenantId);
        return chat;
    }

    private Chat open(long chatId) {
        Chat chat = chats.findById(chatId).orElseThrow(() -> ChatRefusedException.notFound(chatId));
        if (chat.status() == ChatStatus.CLOSED) {
            throw new ChatRefusedException(Kind.CONFLICT, "error.chat.closed", "The chat has ended.");
        }
        return chat;
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > MAX_NOTE) {
            throw new ChatRefusedException(
                    Kind.INVALID,
                    "error.chat.transfer.note",
                    "A note of at most " + MAX_NOTE + " characters.",
                    MAX_NOTE);
        }
        return text;
    }
}
