package io.loopdesk.ticket.relation;

/** How two tickets are linked, read from the first (the ticket a relation row starts from) to the other. */
public enum RelationKind {
    /** The first is the parent of the other: a problem and the tickets it covers, a project and its steps. */
    PARENT_OF,
    /** They are about the same thing, without one depending on the other. */
    RELATED,
    /** The first was merged into the other and closed; its conversation goes on there. */
    MERGED_INTO,
    /** A message of the first became the other, a ticket of its own. */
    SPLIT_INTO;

    /** Whether people link and unlink it by hand; merges and splits are made by doing them and stay as made. */
    public boolean linkedByHand() {
        return this == PARENT_OF || this == RELATED;
    }
}
