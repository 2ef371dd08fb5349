package io.loopdesk.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A chat as its participants see it.
 *
 * @param ticketNumber the CHAT ticket its transcript is on, once it has ended
 * @param skill the skill the visitor's widget asked for, if any
 * @param escalatedAt when the supervisors were told nobody had answered it
 * @param transferNote the note of the last hand-over, for the agents
 * @param transferredBy who made the last hand-over
 * @param visitorReadSeq the last message the visitor has seen (read marks on the agents' messages)
 * @param agentReadSeq the last message an agent has seen (read marks on the visitor's messages)
 * @param customerId the customer account of a visitor who was signed in to the portal; {@code null} for a guest
 * @param vip a VIP customer's chat, served before the others waiting
 * @param appId the brand's app whose signed-in user started it
 * @param appUser that user's id in the app
 * @param source where the widget sits, as the brand labels it ({@code data-channel}), or App for an app's user
 */
public record ChatView(
        long id,
        long tenantId,
        ChatStatus status,
        String visitorName,
        @Nullable Long agentId,
        @Nullable String agentName,
        Instant startedAt,
        @Nullable Instant firstResponseAt,
        @Nullable Instant closedAt,
        @Nullable String ticketNumber,
        int lastSeq,
        @Nullable String skill,
        @Nullable Instant escalatedAt,
        @Nullable String transferNote,
        @Nullable String transferredBy,
        int visitorReadSeq,
        int agentReadSeq,
        @Nullable Long customerId,
        boolean vip,
        @Nullable Long appId,
        @Nullable String appUser,
        @Nullable String source) {

    /** How long the visitor waited for the first agent message; {@code null} until there was one. */
    public java.time.@Nullable Duration firstResponse() {
        return firstResponseAt == null ? null : java.time.Duration.between(startedAt, firstResponseAt);
    }

    /** How long the chat went on, start to end; {@code null} while it goes on. */
    public java.time.@Nullable Duration duration() {
        return closedAt == null ? null : java.time.Duration.between(startedAt, closedAt);
    }

    /** The chat as its visitor may see it: without the staff's notes and marks. */
    public ChatView forVisitor() {
        return new ChatView(
                id,
                tenantId,
                status,
                visitorName,
                agentId,
                agentName,
                startedAt,
                firstResponseAt,
                closedAt,
                ticketNumber,
                lastSeq,
                skill,
                null,
                null,
                null,
                visitorReadSeq,
                agentReadSeq,
                customerId,
                vip,
                appId,
                appUser,
                source);
    }
}
