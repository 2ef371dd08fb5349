package io.loopdesk.chat.web.socket;

import io.loopdesk.identity.Actor;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who is on the other end of a chat connection: a visitor, who may use only their own chat, or an agent of a tenant,
 * who may use that tenant's chats.
 *
 * @param visitorChat the visitor's chat; null for an agent
 * @param agent the signed-in member of staff; null for a visitor
 * @param locale the language refusals are written in (the client's {@code accept-language} at CONNECT)
 */
record ChatParticipant(
        long tenantId, @Nullable Long visitorChat, @Nullable Actor agent, Locale locale) implements Principal {

    static ChatParticipant visitor(long tenantId, long chatId, Locale locale) {
        return new ChatParticipant(tenantId, chatId, null, locale);
    }

    static ChatParticipant agent(Actor agent, Locale locale) {
        return new ChatParticipant(agent.tenantId(), null, agent, locale);
    }

    /** Unique per person, so {@code /user/queue/errors} reaches only them. */
    @Override
    public String getName() {
        return agent != null ? "agent-" + agent.userId() : "visitor-" + visitorChat;
    }
}
