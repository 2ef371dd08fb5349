package io.loopdesk.ticket.web;

import io.loopdesk.ticket.value.MessageKind;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/tickets/{number}/messages}; the kind defaults to a public reply. */
record MessageRequest(@Nullable MessageKind kind, @Nullable String body) {}
