package io.loopdesk.knowledge.proposal;

/** Where a proposal stands: waiting for an editor, or decided. */
public enum ProposalStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
