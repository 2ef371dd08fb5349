package io.loopdesk.ticket.value;

import io.loopdesk.ticket.TicketLifecycle;

/** Where a ticket is in the loop (REQUIREMENTS §3); the allowed moves are in {@link TicketLifecycle}. */
public enum TicketStatus {
    /** 待处理: registered, nobody has started. */
    NEW,
    /** 处理中: someone is working on it. */
    IN_PROGRESS,
    /** 待反馈: waiting for the customer's answer. */
    WAITING_CUSTOMER,
    /** 待确认: solved, the customer is asked to confirm. */
    AWAITING_CONFIRMATION,
    /** 已解决: the customer (or the system on their silence) confirmed the solution. */
    RESOLVED,
    /** 已关闭: finished; nothing more happens on it. */
    CLOSED;

    /** Open tickets still need work from someone. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
