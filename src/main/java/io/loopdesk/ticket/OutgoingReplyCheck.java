package io.loopdesk.ticket;

import io.loopdesk.shared.FieldProblem;
import java.util.List;

/**
 * A rule every public reply of staff must pass before a customer reads it, provided by another module (the SLA
 * module refuses abusive words, REQUIREMENTS §6). {@link Tickets#addMessage} applies every such bean; a problem
 * refuses the reply and nothing is stored.
 */
public interface OutgoingReplyCheck {

    /** What is wrong with this reply for the tenant's customers; empty when it may be sent. */
    List<FieldProblem> problemsWith(long tenantId, String body);
}
