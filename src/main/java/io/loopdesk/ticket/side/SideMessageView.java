package io.loopdesk.ticket.side;

import java.time.Instant;

/** One e-mail of a side conversation: sent by the desk ({@code outgoing}) or the other side's answer. */
public record SideMessageView(long id, boolean outgoing, String authorName, String body, Instant createdAt) {}
