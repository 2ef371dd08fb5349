package io.loopdesk.ticket.relation;

import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;

/**
 * A ticket linked to the one being read, and what it is to it ({@code role}): its parent or child, related, merged
 * into it or the one it was merged into, split from it or the one it was split from.
 */
public record TicketLinkView(
        String number, String title, TicketStatus status, Role role, String linkedBy, Instant linkedAt) {

    /** What the linked ticket is to the one being read. */
    public enum Role {
        PARENT,
        CHILD,
        RELATED,
        MERGED_FROM,
        MERGED_INTO,
        SPLIT_FROM,
        SPLIT_INTO;

        static Role of(RelationKind kind, boolean readFromFirst) {
            return switch (kind) {
                case PARENT_OF -> readFromFirst ? CHILD : PARENT;
                case RELATED -> RELATED;
                case MERGED_INTO -> readFromFirst ? MERGED_INTO : MERGED_FROM;
                case SPLIT_INTO -> readFromFirst ? SPLIT_INTO : SPLIT_FROM;
            };
        }

        /** Whether people remove it by hand. */
        public boolean removable() {
            return this == PARENT || this == CHILD || this == RELATED;
        }
    }
}
