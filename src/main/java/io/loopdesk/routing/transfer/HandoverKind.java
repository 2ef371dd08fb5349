package io.loopdesk.routing.transfer;

/** Why a ticket changed hands. */
public enum HandoverKind {
    /** 转单: to a better-placed colleague or team. */
    TRANSFER,
    /** The holder went off duty. */
    OFF_DUTY,
    /** 派单: up to the platform's own support. */
    DISPATCH,
    /** Up one level: senior staff, then the complex-problem group. */
    ESCALATION
}
