/**
 * Side conversations: from a ticket, an agent writes by e-mail to someone who is not its customer — a merchant, a
 * vendor, R&D — while the customer waits; their answers thread back into that conversation (the mail module reads
 * them), never into the customer's conversation, and customers never see them. Published API (the named interface
 * {@code side}): the mail module hands answers to {@link io.loopdesk.ticket.side.SideConversations#received}.
 */
@org.springframework.modulith.NamedInterface("side")
@NullMarked
package io.loopdesk.ticket.side;

import org.jspecify.annotations.NullMarked;
